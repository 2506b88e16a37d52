package piggyback.batch.frames;

/** The subtitle text on screen at each second of one video. */
@FunctionalInterface
public interface SubtitleTimeline {

    String textAt(int second);
}
