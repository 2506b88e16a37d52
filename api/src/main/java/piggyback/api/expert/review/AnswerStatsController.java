package piggyback.api.expert.review;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import piggyback.api.security.Caller;
import piggyback.api.security.CurrentCaller;
import piggyback.api.web.ApiException;
import piggyback.api.web.Json;
import piggyback.storage.questions.ReviewSet;
import piggyback.storage.questions.ReviewSets;
import piggyback.storage.quiz.QuizAttempts;

/**
 * What children did with the questions of a published version (the newest unless asked), for the
 * expert of the video: per question how many answered and how they were graded ({@link AnswerStats}).
 */
@RestController
@Tag(name = "expert")
class AnswerStatsController {

    private final ReviewAccess access;
    private final ReviewSets sets;
    private final QuizAttempts attempts;

    AnswerStatsController(ReviewAccess access, ReviewSets sets, QuizAttempts attempts) {
        this.access = access;
        this.sets = sets;
        this.attempts = attempts;
    }

    @GetMapping("/api/expert/video/{videoId}/answer-stats")
    @Operation(summary = "How children answered each question of a published version of a video")
    Map<String, Object> answerStats(@CurrentCaller Caller expert, @PathVariable String videoId,
                                    @RequestParam(required = false) Integer version) {
        String id = access.video(expert, videoId);
        Integer chosen = version != null ? version : sets.versions(id).stream()
                .filter(v -> ReviewSet.PUBLISHED.equals(v.status()))
                .map(ReviewSets.VersionSummary::version).max(Integer::compare).orElse(null);
        if (chosen == null) {
            return Json.obj("success", true, "video_id", id, "version", null, "questions", List.of());
        }
        ReviewSet published = sets.version(id, chosen).filter(set -> ReviewSet.PUBLISHED.equals(set.status()))
                .orElseThrow(() -> ApiException.notFound("No published version " + chosen + " of this video's questions"));
        return Json.obj("success", true, "video_id", id, "version", chosen,
                "questions", AnswerStats.of(published, attempts.firstAnswersTo(id)));
    }
}
