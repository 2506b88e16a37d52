package piggyback.api.quiz;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import piggyback.api.accounts.ChildRules;
import piggyback.api.web.ApiException;
import piggyback.api.web.Ids;
import piggyback.api.web.JsonBody;
import piggyback.api.web.Limits;
import piggyback.storage.children.Child;
import piggyback.storage.quiz.NewQuizAttempt;
import piggyback.storage.quiz.QuizAnswer;
import piggyback.storage.quiz.QuizScore;
import piggyback.storage.quiz.Viewing;

/**
 * The body of {@code POST /api/save-quiz-score} in either shape (docs/decisions/0019-quiz-attempts.md): the seed's flat
 * fields, or the reference's counts nested in {@code score_data}. The viewing fields
 * ({@code watch_minutes}, {@code interaction_mode}, {@code session_id}, {@code manual_pauses})
 * may sit at either level; {@code score_data}'s win.
 */
final class SaveScoreBody {

    private final Map<String, Object> top;
    private final Map<String, Object> score;

    private SaveScoreBody(Map<String, Object> top, Map<String, Object> score) {
        this.top = top;
        this.score = score;
    }

    @SuppressWarnings("unchecked")
    static SaveScoreBody of(Map<String, Object> body) {
        Object nested = body.get("score_data");
        if (nested == null) {
            return new SaveScoreBody(body, body);
        }
        if (!(nested instanceof Map<?, ?>)) {
            throw ApiException.badRequest("score_data must be an object");
        }
        return new SaveScoreBody(body, (Map<String, Object>) nested);
    }

    /**
     * The child's id: read first, so the caller's right to the child is checked before the rest
     * of the body. A missing id keeps the reference's message (as a 400, not its 200).
     */
    String childId() {
        String childId = JsonBody.of(top).text("child_id", Limits.FIELD);
        if (childId == null || childId.isBlank() || videoText().isEmpty()) {
            throw ApiException.badRequest("Missing child_id or video_id");
        }
        return ChildIdRule.check(childId);
    }

    /** The attempt to save for this (visible) child; every field checked. */
    NewQuizAttempt attempt(Child child) {
        String videoId = videoText();
        if (!Ids.isVideoId(videoId)) {
            throw ApiException.badRequest("video_id is invalid");
        }
        List<QuizAnswer> details = AnswerList.read(score.get("details"));
        return new NewQuizAttempt(child.childId(), videoId, score(details), viewing(child), details);
    }

    /**
     * The counts as sent; when {@code total} is missing they are derived from the answers the way
     * the kids' player does, otherwise a missing count is 0 as in the reference.
     */
    private QuizScore score(List<QuizAnswer> details) {
        Integer sentTotal = BodyNumbers.count(score, "total");
        boolean fromAnswers = sentTotal == null;
        FirstTries counted = FirstTries.of(fromAnswers ? details : List.of());
        int total = orElse(sentTotal, counted.total());
        int correct = orElse(BodyNumbers.count(score, "correct"), counted.correct());
        int wrong = orElse(BodyNumbers.count(score, "wrong"), counted.wrong());
        int retries = orElse(BodyNumbers.count(score, "total_retries"), counted.retries());
        Double percentage = BodyNumbers.between(score, "percentage", 0, 100);
        Double perQuestion = BodyNumbers.atLeastZero(score, "avg_retries_per_question");
        if ((long) correct + wrong > total) {
            throw ApiException.badRequest("correct and wrong cannot add up to more than total");
        }
        return new QuizScore(total, correct, wrong,
                orElse(percentage, fromAnswers ? FirstTries.percentage(correct, total) : 0),
                retries,
                orElse(perQuestion, fromAnswers ? FirstTries.retriesPerQuestion(retries, total) : 0));
    }

    /** The viewing facts; the mode defaults to the child's own, which is what its player used. */
    private Viewing viewing(Child child) {
        Map<String, Object> fields = new HashMap<>(top);
        score.forEach((name, value) -> {
            if (value != null) {
                fields.put(name, value);
            }
        });
        JsonBody body = JsonBody.of(fields);
        String mode = body.text("interaction_mode", Limits.FIELD);
        String sessionId = body.text("session_id", Limits.ID);
        return new Viewing(BodyNumbers.atLeastZero(fields, "watch_minutes"),
                mode == null ? child.interactionMode() : ChildRules.interactionMode(mode),
                sessionId == null || sessionId.isBlank() ? null : sessionId.trim(),
                BodyNumbers.count(fields, "manual_pauses"));
    }

    private String videoText() {
        String videoId = JsonBody.of(top).text("video_id", Limits.FIELD);
        return videoId == null ? "" : videoId.trim();
    }

    private static int orElse(Integer sent, int otherwise) {
        return sent != null ? sent : otherwise;
    }

    private static double orElse(Double sent, double otherwise) {
        return sent != null ? sent : otherwise;
    }
}
