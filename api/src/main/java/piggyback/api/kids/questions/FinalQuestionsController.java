package piggyback.api.kids.questions;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import piggyback.api.kids.videos.VideoScope;
import piggyback.api.security.Caller;
import piggyback.api.security.CurrentCaller;
import piggyback.api.web.ApiException;
import piggyback.api.web.Ids;
import piggyback.api.web.Json;
import piggyback.storage.questions.QuestionSets;

/**
 * The questions a child is asked while watching a video: only the newest
 * published version of the video's set. Answer keys are never public
 * (docs/decisions/0005-grading-by-question-id.md): the caller must see the video (an admin, an expert
 * assigned to it, or a learner whose child's expert is). With nothing published the answer stays 200
 * with {@code success: false}, as the kids page expects.
 */
@RestController
@Tag(name = "kids")
class FinalQuestionsController {

    private static final String NOTHING_PUBLISHED = "No published questions for this video yet";

    private final QuestionSets questionSets;
    private final VideoScope scope;

    FinalQuestionsController(QuestionSets questionSets, VideoScope scope) {
        this.questionSets = questionSets;
        this.scope = scope;
    }

    @GetMapping("/api/final-questions/{videoId}")
    @Operation(summary = "Get final approved questions for a video")
    Map<String, Object> finalQuestions(@CurrentCaller Caller caller, @PathVariable String videoId,
                                       @RequestParam(required = false) String companion) {
        String id = videoId.trim();
        if (!Ids.isVideoId(id)) {
            throw ApiException.badRequest("video_id is invalid");
        }
        Companion chosen = Companion.fromQuery(companion);
        if (!scope.maySee(caller, id)) {
            throw ApiException.forbidden("You may only see the questions of your children's videos");
        }
        return questionSets.newestPublished(id)
                .map(set -> Json.obj("success", true, "video_id", id, "version", set.version(),
                        "segments", QuestionSelection.select(set.segments(), chosen)))
                .orElseGet(() -> Json.obj("success", false, "error", NOTHING_PUBLISHED));
    }
}
