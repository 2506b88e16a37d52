package piggyback.batch.frames;

/** The subtitle text on screen at each second of one video (spec §4.2 alignment). */
@FunctionalInterface
public interface SubtitleTimeline {

    String textAt(int second);
}
