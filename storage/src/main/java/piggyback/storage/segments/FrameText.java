package piggyback.storage.segments;

/** One second of a video as question generation reads it: the second and the subtitle shown then. */
public record FrameText(int second, String subtitleText) {
}
