package piggyback.storage.videos;

/** A stored frame: its second, size, and the subtitle text shown then (null when unknown). */
public record FrameRow(int second, int width, int height, String subtitleText) {
}
