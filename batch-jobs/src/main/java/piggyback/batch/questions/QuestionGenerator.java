package piggyback.batch.questions;

import piggyback.batch.metrics.ProviderPort;

/**
 * Writes the comprehension questions of one segment (docs/architecture.md#ai-and-media-providers): online or offline.
 */
@ProviderPort(name = "questions", method = "generate")
public interface QuestionGenerator {

    /**
     * The answer a generator writes for a prediction it cannot check against the video (nothing follows the
     * segment): not an answer but a licence. The answer grader takes any real attempt at such a question as
     * correct ({@code piggyback.api.kids.grading.OpenAnswers}), as a teacher takes any guess.
     */
    String ANY_FITTING_GUESS = "Any guess that fits the story so far";

    /** Stored with the segment, so reviewers know what wrote its questions. */
    String name();

    /** Whether it looks at the sampled frames; a generator that does not is spared the encoding. */
    boolean needsImages();

    /** The segment's questions, or why there are none; never throws for a provider's failure. */
    SegmentResult generate(SegmentInput input);
}
