package piggyback.batch.frames;

/** Builds a video's {@link SubtitleTimeline} from its subtitle cues. */
public interface SubtitleTimelines {

    SubtitleTimeline of(String videoId);
}
