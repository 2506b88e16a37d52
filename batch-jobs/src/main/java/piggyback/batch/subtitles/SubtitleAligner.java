package piggyback.batch.subtitles;

import java.util.List;
import java.util.stream.Collectors;

import piggyback.storage.cues.Cue;

/**
 * The subtitle text shown at a second of the video, for the frame rows and the
 * question prompts. The generator reads both sentinels as "no text".
 */
public final class SubtitleAligner {

    public static final String NO_SUBTITLE_AT_THIS_TIME = "No subtitle at this time";
    public static final String NO_SUBTITLES_AVAILABLE = "No subtitles available";

    private SubtitleAligner() {
    }

    /**
     * The text of every cue with {@code start ≤ second < end}, joined by spaces; a sentinel when
     * no cue covers the second, another when the video has no cues at all.
     */
    public static String textAt(List<Cue> cues, int second) {
        if (cues.isEmpty()) {
            return NO_SUBTITLES_AVAILABLE;
        }
        long millis = second * 1000L;
        String text = cues.stream().filter(cue -> cue.startMs() <= millis && millis < cue.endMs())
                .map(Cue::text).collect(Collectors.joining(" "));
        return text.isEmpty() ? NO_SUBTITLE_AT_THIS_TIME : text;
    }
}
