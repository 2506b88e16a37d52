package piggyback.batch.frames;

/** The picture on screen at one whole second of a video, as the JPEG that is stored, and its size. */
public record GrabbedFrame(int second, int width, int height, byte[] jpeg) {
}
