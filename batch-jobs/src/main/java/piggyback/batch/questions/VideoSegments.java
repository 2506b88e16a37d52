package piggyback.batch.questions;

import java.util.List;
import java.util.OptionalInt;

import org.springframework.stereotype.Component;

import piggyback.storage.videos.Frames;
import piggyback.storage.videos.Video;
import piggyback.storage.videos.Videos;

/** How long a video is and the segments it splits into. */
@Component
public class VideoSegments {

    private final Videos videos;
    private final Frames frames;

    VideoSegments(Videos videos, Frames frames) {
        this.videos = videos;
        this.frames = frames;
    }

    /**
     * The video's length in whole seconds: the recorded duration, else one second per extracted
     * frame; empty when the video is unknown or neither is there.
     */
    public OptionalInt duration(String videoId) {
        Double recorded = videos.find(videoId).map(Video::durationSeconds).orElse(null);
        if (recorded != null && recorded > 0) {
            return OptionalInt.of((int) Math.floor(recorded));
        }
        int frameCount = frames.count(videoId);
        return frameCount > 0 ? OptionalInt.of(frameCount) : OptionalInt.empty();
    }

    /** Every segment of the video; none when its length is unknown. */
    public List<Segment> of(String videoId, int interval, int start) {
        OptionalInt duration = duration(videoId);
        return duration.isPresent() ? Segments.build(duration.getAsInt(), interval, start) : List.of();
    }
}
