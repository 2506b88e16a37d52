package piggyback.api.quiz;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import piggyback.api.kids.ChildAccess;
import piggyback.api.security.Caller;
import piggyback.api.security.CurrentCaller;
import piggyback.api.web.Json;
import piggyback.storage.children.Child;
import piggyback.storage.quiz.NewQuizAttempt;
import piggyback.storage.quiz.QuizAttempt;
import piggyback.storage.quiz.QuizAttempts;

/**
 * A child's quiz results (docs/decisions/0019-quiz-attempts.md): the player saves each finished attempt, the
 * family, the child's expert and admins read the history. Nobody else may do either.
 */
@RestController
@Tag(name = "kids")
class QuizScoresController {

    private final ChildAccess access;
    private final QuizAttempts attempts;

    QuizScoresController(ChildAccess access, QuizAttempts attempts) {
        this.access = access;
        this.attempts = attempts;
    }

    @PostMapping("/api/save-quiz-score")
    @Operation(summary = "Save a completed quiz attempt for a child")
    Map<String, Object> save(@CurrentCaller Caller caller, @RequestBody Map<String, Object> body) {
        SaveScoreBody score = SaveScoreBody.of(body);
        Child child = access.activeChild(caller, score.childId());
        NewQuizAttempt attempt = score.attempt(child);
        access.requireChildsVideo(child, attempt.videoId());
        long attemptId = attempts.save(attempt);
        return Json.obj("success", true, "message", "Score saved!", "attempt_id", attemptId);
    }

    @GetMapping("/api/get-quiz-scores/{childId}")
    @Operation(summary = "Get all quiz attempts for a child")
    Map<String, Object> scores(@CurrentCaller Caller caller, @PathVariable String childId) {
        Child child = access.activeChild(caller, ChildIdRule.check(childId));
        List<QuizAttempt> history = attempts.ofChild(child.childId());
        if (history.isEmpty()) {
            // the reference's answer, kept: a 200 that says there is nothing yet
            return Json.obj("success", false, "message", "No scores found for this child");
        }
        ReportFigures figures = ReportFigures.of(history);
        return Json.obj("success", true, "child_id", child.childId(), "total_attempts", figures.totalAttempts(),
                "total_correct", figures.totalCorrect(), "total_questions", figures.totalQuestionsAnswered(),
                "overall_percentage", figures.overallPercentage(),
                "attempts", history.stream().map(AttemptView::of).toList());
    }
}
