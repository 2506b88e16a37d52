package piggyback.api.expert.review;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import piggyback.api.media.links.DownloadPaths;
import piggyback.api.security.Caller;
import piggyback.api.security.CurrentCaller;
import piggyback.api.web.Json;
import piggyback.api.web.SegmentBounds;
import piggyback.batch.questions.FrameSampler;
import piggyback.storage.cues.Cues;
import piggyback.storage.videos.Frames;
import piggyback.storage.videos.MediaKeys;

/**
 * What the question writer was given for one segment, for the expert reviewing it: the sampled
 * frames (as links to {@code /downloads/<id>/frames/<second>.jpg}, which checks the caller again) and
 * the cues said during the segment's seconds (a generator that does not look at pictures was given
 * only what is said). Expert of the video only.
 */
@RestController
@Tag(name = "expert")
class SegmentMaterialController {

    private final ReviewAccess access;
    private final Frames frames;
    private final Cues cues;

    SegmentMaterialController(ReviewAccess access, Frames frames, Cues cues) {
        this.access = access;
        this.frames = frames;
        this.cues = cues;
    }

    @GetMapping("/api/expert/video/{videoId}/segment-material")
    @Operation(summary = "The frames sampled for the question writer and the transcript of one segment")
    Map<String, Object> material(@CurrentCaller Caller expert, @PathVariable String videoId,
                                 @RequestParam(required = false) String start,
                                 @RequestParam(required = false) String end) {
        String id = access.video(expert, videoId);
        double from = SegmentBounds.required(start, "start");
        double to = SegmentBounds.required(end, "end");
        SegmentBounds.ordered(from, to, "end", "start");
        // the segment's seconds both ends included, as the question writer read them
        var sampled = FrameSampler.sample(frames.between(id, (int) Math.ceil(from), (int) Math.floor(to)));
        var said = cues.overlapping(id, Math.round(from * 1000), Math.round((Math.floor(to) + 1) * 1000));
        return Json.obj("success", true, "video_id", id, "start", ReviewView.seconds(from),
                "end", ReviewView.seconds(to),
                "frames", sampled.stream().map(frame -> Json.obj("second", frame.second(),
                        "width", frame.width(), "height", frame.height(),
                        "url", DownloadPaths.of(id, MediaKeys.frame(id, frame.second())))).toList(),
                "transcript", said.stream().map(cue -> Json.obj("start", cue.startMs() / 1000.0,
                        "end", cue.endMs() / 1000.0, "text", cue.text())).toList());
    }
}
