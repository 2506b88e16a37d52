package piggyback.api.quiz;

import java.util.Map;

import piggyback.api.web.Json;
import piggyback.storage.UtcTime;
import piggyback.storage.quiz.QuizAnswer;
import piggyback.storage.quiz.QuizAttempt;
import piggyback.storage.quiz.QuizScore;

/**
 * An attempt as the score history shows it: the reference's {@code Attempt} (with the player's own
 * camelCase answer keys) plus its id and the viewing facts.
 */
final class AttemptView {

    private AttemptView() {
    }

    static Map<String, Object> of(QuizAttempt attempt) {
        QuizScore score = attempt.score();
        return Json.obj("attempt_id", attempt.attemptId(), "video_id", attempt.videoId(),
                "timestamp", UtcTime.iso(attempt.attemptedAt()),
                "total", score.total(), "questions_total", score.total(), "questions_correct", score.correct(),
                "questions_wrong", score.wrong(), "percentage", score.percentage(),
                "total_retries", score.totalRetries(), "avg_retries_per_question", score.avgRetriesPerQuestion(),
                "watch_minutes", attempt.viewing().watchMinutes(),
                "interaction_mode", attempt.viewing().interactionMode(),
                "session_id", attempt.viewing().sessionId(), "manual_pauses", attempt.viewing().manualPauses(),
                "details", attempt.details().stream().map(AttemptView::answer).toList());
    }

    private static Map<String, Object> answer(QuizAnswer answer) {
        return Json.obj("question", answer.question(), "expectedAnswer", answer.expectedAnswer(),
                "userAnswer", answer.userAnswer(), "status", answer.status(), "similarity", answer.similarity(),
                "question_type", answer.questionType(), "timestamp", answer.answeredAt());
    }
}
