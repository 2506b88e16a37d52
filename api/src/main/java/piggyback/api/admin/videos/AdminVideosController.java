package piggyback.api.admin.videos;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import piggyback.api.admin.experts.ExpertView;
import piggyback.api.media.links.VideoThumbnails;
import piggyback.api.web.BooleanParameter;
import piggyback.api.web.Json;
import piggyback.api.web.JsonBody;
import piggyback.storage.experts.Experts;
import piggyback.storage.videos.Video;
import piggyback.storage.videos.VideoProgress;
import piggyback.storage.videos.Videos;

/** The admin's list of videos and their expert assignments (docs/api-contract.md#admin). */
@RestController
@RequestMapping("/api/admin/videos")
@Tag(name = "admin")
class AdminVideosController {

    private final Videos videos;
    private final VideoProgress progress;
    private final Experts experts;
    private final VideoAssignments assignments;
    private final VideoThumbnails thumbnails;

    AdminVideosController(Videos videos, VideoProgress progress, Experts experts, VideoAssignments assignments,
                          VideoThumbnails thumbnails) {
        this.videos = videos;
        this.progress = progress;
        this.experts = experts;
        this.assignments = assignments;
        this.thumbnails = thumbnails;
    }

    @GetMapping
    @Operation(summary = "List all downloaded videos with frame/question status")
    Map<String, Object> list(@RequestParam(name = "include_without_frames", required = false) String includeAll) {
        boolean all = BooleanParameter.parse("include_without_frames", includeAll);
        Map<String, VideoProgress.Counts> counts = progress.all();
        List<Map<String, Object>> items = new ArrayList<>();
        for (Video video : videos.all()) {
            VideoProgress.Counts count = counts.getOrDefault(video.videoId(), new VideoProgress.Counts(0, 0));
            if (all || count.frames() > 0) {
                items.add(item(video, count));
            }
        }
        return Json.obj("success", true, "count", items.size(), "videos", items, "message",
                all ? "All downloaded videos." : "Videos with extracted frames ready for question generation.");
    }

    @GetMapping("/assignments")
    @Operation(summary = "List video-to-expert assignments")
    Map<String, Object> assignments() {
        Map<String, VideoProgress.Counts> counts = progress.all();
        List<Map<String, Object>> items = videos.all().stream().map(video -> {
            VideoProgress.Counts count = counts.getOrDefault(video.videoId(), new VideoProgress.Counts(0, 0));
            return Json.obj("video_id", video.videoId(), "title", video.title(),
                    "duration_formatted", Durations.formatted(video.durationSeconds()),
                    "has_frames", count.frames() > 0, "has_questions", count.generatedSegments() > 0,
                    "assigned_experts", assignments.of(video.videoId()));
        }).toList();
        return Json.obj("success", true, "experts", experts.all().stream().map(ExpertView::of).toList(),
                "assignments", items);
    }

    @PostMapping("/assignments")
    @Operation(summary = "Assign a video to an expert")
    Map<String, Object> assign(@RequestBody Map<String, Object> body) {
        VideoAssignments.Change change = assignments.change(JsonBody.of(body));
        return Json.obj("success", true, "video_id", change.videoId(), "assigned_experts",
                assignments.of(change.videoId()));
    }

    private Map<String, Object> item(Video video, VideoProgress.Counts count) {
        boolean hasFrames = count.frames() > 0;
        return Json.obj("video_id", video.videoId(), "title", video.title(), "thumbnail", thumbnails.of(video),
                "duration_seconds", video.durationSeconds(),
                "duration_formatted", Durations.formatted(video.durationSeconds()),
                "status", video.status(),
                "has_frames", hasFrames, "frame_count", hasFrames ? count.frames() : null,
                "has_questions", count.generatedSegments() > 0,
                "frames_dir", hasFrames ? "/downloads/" + video.videoId() + "/frames" : null);
    }
}
