package piggyback.api.expert.review;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import piggyback.api.security.Caller;
import piggyback.api.security.CurrentCaller;
import piggyback.api.web.ApiException;
import piggyback.api.web.Json;
import piggyback.api.web.JsonBody;
import piggyback.api.web.Limits;
import piggyback.storage.UtcTime;
import piggyback.storage.questions.ReviewSet;
import piggyback.storage.questions.ReviewSets;

/**
 * Reading, saving and publishing a video's question set (docs/decisions/0007-versioned-publishing.md):
 * {@code update-questions} and {@code save-final-questions} publish a new version
 * unless the body says {@code "publish": false}, which saves a draft.
 */
@RestController
@Tag(name = "expert")
class ReviewController {

    private final ReviewAccess access;
    private final Reviews reviews;
    private final ReviewSets sets;
    private final ReviewEdits edits;
    private final ReviewView view;

    ReviewController(ReviewAccess access, Reviews reviews, ReviewSets sets, ReviewEdits edits, ReviewView view) {
        this.access = access;
        this.reviews = reviews;
        this.sets = sets;
        this.edits = edits;
        this.view = view;
    }

    /** The working set (made from the newest published one, or the AI questions, when none), or one version. */
    @GetMapping("/api/expert/video/{videoId}/final-questions")
    @Operation(summary = "Get final questions for a video")
    Map<String, Object> finalQuestions(@CurrentCaller Caller expert, @PathVariable String videoId,
                                       @RequestParam(required = false) Integer version) {
        String id = access.video(expert, videoId);
        ReviewSet set = version == null ? reviews.working(id, expert.accountId())
                : sets.version(id, version).orElseThrow(() -> ApiException.notFound("No version " + version
                + " of this video's questions"));
        Map<String, Object> reply = view.of(set);
        reply.put("versions", sets.versions(id).stream().map(v -> Json.obj("version", v.version(),
                "status", v.status(), "revision", v.revision(), "updated_by", v.updatedBy(),
                "updated_at", UtcTime.iso(v.updatedAt()), "published_by", v.publishedBy(),
                "published_at", UtcTime.iso(v.publishedAt()))).toList());
        return reply;
    }

    /** Body {@code {revision?, segments: [...], publish?}}: the segments' sent fields are merged in. */
    @PostMapping("/api/expert/video/{videoId}/update-questions")
    @Operation(summary = "Save edited questions for a video")
    Map<String, Object> updateQuestions(@CurrentCaller Caller expert, @PathVariable String videoId,
                                        @RequestBody Map<String, Object> body) {
        String id = access.video(expert, videoId);
        boolean publish = body.get("publish") == null || ReviewEdits.truthy(body.get("publish"));
        ReviewSet saved = reviews.save(id, Reviews.revision(body), edits.segments(body.get("segments")),
                expert.accountId(), publish);
        Map<String, Object> reply = view.of(saved);
        reply.put("message", publish ? "Questions updated successfully." : "Draft saved.");
        return reply;
    }

    /** The seed's body {@code {videoId, data: {segments, revision?}}}; publishes. */
    @PostMapping("/api/save-final-questions")
    @Operation(summary = "Save final expert-approved questions")
    Map<String, Object> saveFinalQuestions(@CurrentCaller Caller expert, @RequestBody Map<String, Object> body) {
        String id = access.video(expert, JsonBody.of(body).text("videoId", Limits.ID + 1), "videoId is required");
        Object data = body.get("data");
        if (data == null || data instanceof Map<?, ?> map && map.isEmpty()) {
            throw ApiException.badRequest("No data provided");
        }
        Map<String, Object> fields = ReviewEdits.object(data, "data");
        ReviewSet saved = reviews.save(id, Reviews.revision(fields), edits.segments(fields.get("segments")),
                expert.accountId(), true);
        Map<String, Object> reply = Json.obj("success", true, "message", "Final questions saved successfully",
                "video_id", id);
        reply.putAll(ReviewView.publication(saved));
        reply.putAll(Json.obj("revision", saved.revision(), "saved_at", UtcTime.iso(saved.publishedAt())));
        return reply;
    }

    /** Every decision made in a version, with who and when. */
    @GetMapping("/api/expert/video/{videoId}/decisions")
    @Operation(summary = "List the review decisions of a version of a video's questions")
    Map<String, Object> decisions(@CurrentCaller Caller expert, @PathVariable String videoId,
                                  @RequestParam(required = false) Integer version) {
        String id = access.video(expert, videoId);
        int chosen = version != null ? version : reviews.working(id, expert.accountId()).version();
        return Json.obj("success", true, "video_id", id, "version", chosen, "decisions",
                sets.decisions(id, chosen).stream().map(d -> Json.obj("segmentIndex", d.segmentIndex(),
                        "kind", d.kind(), "subject", d.subject(), "previous", d.previousValue(),
                        "value", d.newValue(), "by", d.decidedBy(), "at", UtcTime.iso(d.decidedAt()))).toList());
    }
}
