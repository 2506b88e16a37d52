package piggyback.storage.questions;

import java.util.List;

/**
 * A segment of a question set: its questions (in the order they were written) and each
 * companion's wording of them.
 *
 * @param skipped an expert decided the segment asks nothing
 */
public record SetSegment(int segmentIndex, double startSeconds, double endSeconds, boolean skipped,
                         String skipReason, String comment, List<SetQuestion> questions,
                         List<CompanionLine> companionLines) {
}
