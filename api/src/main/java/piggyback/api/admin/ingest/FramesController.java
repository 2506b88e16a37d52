package piggyback.api.admin.ingest;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import piggyback.api.audit.AdminAudit;
import piggyback.api.web.Ids;
import piggyback.api.web.Json;
import piggyback.batch.frames.FrameExtractionException;
import piggyback.batch.frames.StoredVideoFrames;
import piggyback.storage.media.MediaStore;
import piggyback.storage.media.StoredObject;
import piggyback.storage.videos.MediaKeys;
import piggyback.storage.videos.Videos;

/**
 * The seed's synchronous frame extraction: always HTTP 200, with {@code success}
 * false and the reason when the video is unknown or cannot be decoded.
 */
@RestController
@Tag(name = "admin")
class FramesController {

    private final StoredVideoFrames frames;
    private final Videos videos;
    private final MediaStore store;
    private final AdminAudit audit;

    FramesController(StoredVideoFrames frames, Videos videos, MediaStore store, AdminAudit audit) {
        this.frames = frames;
        this.videos = videos;
        this.store = store;
        this.audit = audit;
    }

    @PostMapping("/api/frames/{videoId}")
    @Operation(summary = "Extract frames from a downloaded video")
    Map<String, Object> extract(@PathVariable String videoId) {
        if (!Ids.isVideoId(videoId) || !videos.exists(videoId)) {
            return Json.obj("success", false, "message", "Folder '" + videoId + "' not found.", "files", List.of());
        }
        if (!store.exists(MediaKeys.source(videoId))) {
            return Json.obj("success", false, "message", "No video files found in '" + videoId + "'.",
                    "files", List.of());
        }
        int count;
        try {
            count = frames.extract(videoId);
        } catch (FrameExtractionException e) {
            return Json.obj("success", false, "message", "Error opening video file: source.mp4 (" + e.getMessage() + ")",
                    "files", List.of());
        }
        audit.record("video.frames", "video", videoId, count + " frames");
        String folder = "/downloads/" + videoId + "/frames";
        List<String> files = store.list(MediaKeys.framesPrefix(videoId)).stream().map(StoredObject::key)
                .map(key -> "/downloads/" + key.substring("videos/".length())).sorted().toList();
        return Json.obj("success", true, "message", "Extracted " + count + " frames to 'frames'.", "files", files,
                "video_id", videoId, "output_dir", folder, "count", count);
    }
}
