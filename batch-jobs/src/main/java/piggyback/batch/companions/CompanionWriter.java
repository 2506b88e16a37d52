package piggyback.batch.companions;

import java.util.List;

import piggyback.batch.metrics.ProviderPort;

/**
 * Rewords a segment's questions for the bunny, the pig and the alligator (docs/architecture.md#ai-and-media-providers).
 */
@ProviderPort(name = "companions", method = "write")
public interface CompanionWriter {

    /** Stored with each line, e.g. offline-templates. */
    String name();

    /**
     * Each companion's wording of the questions, answers kept exactly; lines whose original is
     * {@code bestQuestion} are marked best. A writer may leave out a line it could not word.
     *
     * @throws CompanionWritingException when the reply is unusable (the segment is skipped); a
     *                                    provider that fails throws its own error (the step fails,
     *                                    and a restart writes what is missing)
     */
    List<CompanionLine> write(List<QuestionToReword> questions, String bestQuestion);
}
