package piggyback.api.expert.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import piggyback.batch.companions.CompanionLine;
import piggyback.batch.companions.CompanionWriter;
import piggyback.batch.companions.QuestionToReword;
import piggyback.storage.questions.LineEdit;
import piggyback.storage.questions.ReviewQuestion;
import piggyback.storage.questions.ReviewSegment;

/** Has the {@link CompanionWriter} word a segment's questions the way each companion asks. */
@Component
class CompanionWording {

    private static final Comparator<ReviewQuestion> BY_RANK = Comparator
            .comparingInt((ReviewQuestion q) -> rank(q.expertRanking())).thenComparingInt(q -> rank(q.llmRanking()));

    private final CompanionWriter writer;

    CompanionWording(CompanionWriter writer) {
        this.writer = writer;
    }

    List<CompanionLine> write(List<QuestionToReword> questions, String bestQuestion) {
        return writer.write(questions, bestQuestion);
    }

    /**
     * Lines for the segment's kept AI questions and the expert's own one (as reviewed, edits
     * included); the best-ranked kept question is the best.
     */
    List<LineEdit> forSegment(ReviewSegment segment) {
        List<ReviewQuestion> kept = segment.questions().stream().filter(q -> !q.trashed() && !q.question().isBlank())
                .sorted(BY_RANK).toList();
        if (kept.isEmpty()) {
            return List.of();
        }
        List<QuestionToReword> originals = kept.stream()
                .map(q -> new QuestionToReword(q.questionType(), q.question(), q.answer())).toList();
        List<LineEdit> lines = new ArrayList<>();
        for (CompanionLine line : writer.write(originals, kept.get(0).question())) {
            lines.add(new LineEdit(line.companion().key(), line.category(), line.question(), line.answer()));
        }
        return lines;
    }

    private static int rank(Integer rank) {
        return rank != null && rank > 0 ? rank : Integer.MAX_VALUE;
    }
}
