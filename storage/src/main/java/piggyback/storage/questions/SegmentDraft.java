package piggyback.storage.questions;

import java.util.List;

/** A segment to publish; its index in the set is its position in the list given to {@link QuestionSets#publish}. */
public record SegmentDraft(double startSeconds, double endSeconds, boolean skipped, String skipReason, String comment,
                           List<QuestionDraft> questions, List<CompanionLine> companionLines) {

    public SegmentDraft {
        questions = List.copyOf(questions);
        companionLines = List.copyOf(companionLines);
    }
}
