package piggyback.storage.cues;

/**
 * One subtitle cue: its text is shown from {@code startMs} (inclusive) to {@code endMs}
 * (exclusive), in milliseconds from the start of the video.
 */
public record Cue(long startMs, long endMs, String text) {
}
