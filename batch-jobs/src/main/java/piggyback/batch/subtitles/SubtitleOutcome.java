package piggyback.batch.subtitles;

/**
 * What the subtitles step recorded for a video.
 *
 * @param cues     how many cues the video now has
 * @param warning  the subtitle warning recorded on the video, or null
 * @param stored   whether {@code subtitles/en.vtt} is in the store
 */
public record SubtitleOutcome(int cues, String warning, boolean stored) {
}
