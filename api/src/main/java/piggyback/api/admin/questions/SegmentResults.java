package piggyback.api.admin.questions;

import java.util.LinkedHashMap;
import java.util.Map;

import piggyback.api.web.Json;
import piggyback.batch.questions.QuestionCategory;
import piggyback.batch.questions.RankedQuestion;
import piggyback.batch.questions.SegmentFailure;
import piggyback.batch.questions.SegmentQuestions;
import piggyback.batch.questions.SegmentResult;

/**
 * A segment's result as the admin's page gets it: the questions in the
 * generator's shape (plus the generator's name), or {@code {"error": {reason, retryable, message?, raw_preview?}}}.
 */
final class SegmentResults {

    private SegmentResults() {
    }

    static Map<String, Object> json(SegmentResult result) {
        if (result instanceof SegmentQuestions questions) {
            Map<String, Object> byCategory = new LinkedHashMap<>();
            for (Map.Entry<QuestionCategory, RankedQuestion> entry : questions.questions().entrySet()) {
                RankedQuestion question = entry.getValue();
                byCategory.put(entry.getKey().key(), Json.obj("q", question.question(), "a", question.answer(),
                        "rank", question.rank()));
            }
            return Json.obj("questions", byCategory, "best_question", questions.bestQuestion(),
                    "generator", questions.generator());
        }
        SegmentFailure failure = (SegmentFailure) result;
        Map<String, Object> error = Json.obj("reason", failure.reason(), "retryable", failure.retryable());
        if (failure.message() != null) {
            error.put("message", failure.message());
        }
        if (failure.rawPreview() != null) {
            error.put("raw_preview", failure.rawPreview());
        }
        return Json.obj("error", error);
    }
}
