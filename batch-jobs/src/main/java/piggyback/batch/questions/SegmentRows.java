package piggyback.batch.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import piggyback.storage.segments.GeneratedQuestion;
import piggyback.storage.segments.GeneratedSegment;

/** A segment's result as the rows that keep it (segments, generated_questions). */
public final class SegmentRows {

    private SegmentRows() {
    }

    /** @param generator the generator that was asked, kept on failed segments too */
    public static GeneratedSegment of(Segment segment, SegmentResult result, String generator) {
        if (result instanceof SegmentQuestions questions) {
            return new GeneratedSegment(segment.start(), segment.end(), GeneratedSegment.GENERATED,
                    questions.generator(), questions.bestQuestion(), null, null, questions.attempts(), rows(questions));
        }
        SegmentFailure failure = (SegmentFailure) result;
        return new GeneratedSegment(segment.start(), segment.end(), GeneratedSegment.FAILED, generator, null,
                failure.reason(), detail(failure), failure.attempts(), List.of());
    }

    private static List<GeneratedQuestion> rows(SegmentQuestions questions) {
        List<GeneratedQuestion> rows = new ArrayList<>();
        for (Map.Entry<QuestionCategory, RankedQuestion> entry : questions.questions().entrySet()) {
            RankedQuestion question = entry.getValue();
            rows.add(new GeneratedQuestion(entry.getKey().key(), question.question(), question.answer(),
                    question.rank()));
        }
        return rows;
    }

    private static String detail(SegmentFailure failure) {
        if (failure.rawPreview() == null) {
            return failure.message();
        }
        return (failure.message() == null ? "" : failure.message() + "; ") + "reply began: " + failure.rawPreview();
    }
}
