package piggyback.batch.questions;

import piggyback.batch.metrics.ProviderPort;

/**
 * Writes the comprehension questions of one segment (docs/architecture.md#ai-and-media-providers): online or offline.
 */
@ProviderPort(name = "questions", method = "generate")
public interface QuestionGenerator {

    /** Stored with the segment, so reviewers know what wrote its questions. */
    String name();

    /** Whether it looks at the sampled frames; a generator that does not is spared the encoding. */
    boolean needsImages();

    /** The segment's questions, or why there are none; never throws for a provider's failure. */
    SegmentResult generate(SegmentInput input);
}
