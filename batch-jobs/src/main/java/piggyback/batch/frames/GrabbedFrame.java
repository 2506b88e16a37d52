package piggyback.batch.frames;

import java.awt.image.BufferedImage;

/** The picture on screen at one whole second of a video. */
public record GrabbedFrame(int second, BufferedImage image) {
}
