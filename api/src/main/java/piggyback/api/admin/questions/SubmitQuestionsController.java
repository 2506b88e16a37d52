package piggyback.api.admin.questions;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import piggyback.api.audit.AdminAudit;
import piggyback.api.web.ApiException;
import piggyback.api.web.Ids;
import piggyback.api.web.Json;
import piggyback.api.web.JsonBody;
import piggyback.api.web.Limits;
import piggyback.storage.segments.GeneratedSegment;
import piggyback.storage.segments.GeneratedSegments;
import piggyback.storage.videos.Videos;

/**
 * The admin keeps what the live generation streamed: each submitted segment replaces
 * that segment's row and questions, all in one transaction. There is no file (the reference wrote
 * a JSON file; here nothing goes to disk), so {@code file_url} is the admin's route that reads the
 * video's stored segments back in the shape they were submitted in.
 */
@RestController
@Tag(name = "admin")
class SubmitQuestionsController {

    private final Videos videos;
    private final GeneratedSegments segments;
    private final AdminAudit audit;

    SubmitQuestionsController(Videos videos, GeneratedSegments segments, AdminAudit audit) {
        this.videos = videos;
        this.segments = segments;
        this.audit = audit;
    }

    @PostMapping("/api/submit-questions")
    @Operation(summary = "Submit AI-generated questions for a video")
    Map<String, Object> submit(@RequestBody Map<String, Object> body) {
        JsonBody fields = JsonBody.of(body);
        String videoId = fields.text("video_id", Limits.FIELD);
        Object questions = body.get("questions");
        if (videoId == null || videoId.isBlank() || questions == null
                || questions instanceof List<?> list && list.isEmpty()) {
            throw ApiException.badRequest("Missing video_id or questions");
        }
        if (!(questions instanceof List<?> submitted)) {
            throw ApiException.badRequest("questions must be a list of segments");
        }
        if (!Ids.isVideoId(videoId)) {
            throw ApiException.badRequest("video_id is invalid");
        }
        if (!videos.exists(videoId)) {
            throw ApiException.notFound("Video not found");
        }
        List<GeneratedSegment> rows = SubmittedSegments.read(submitted);
        segments.replaceAll(videoId, rows);
        audit.record("questions.submit", "video", videoId, rows.size() + " segments");
        return Json.obj("success", true, "message", "Questions submitted successfully",
                "file_url", "/api/admin/videos/" + videoId + "/questions", "file_path", null);
    }

    @GetMapping("/api/admin/videos/{videoId}/questions")
    @Operation(summary = "Read a video's generated questions in the shape submit-questions takes")
    Map<String, Object> stored(@PathVariable String videoId) {
        if (!Ids.isVideoId(videoId) || !videos.exists(videoId)) {
            throw ApiException.notFound("Video not found");
        }
        return Json.obj("success", true, "video_id", videoId, "questions",
                segments.of(videoId).stream().map(SubmittedSegments::asSubmitted).toList());
    }
}
