package piggyback.batch.frames;

import java.awt.image.BufferedImage;

import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.Java2DFrameConverter;

/**
 * Walks a video one second at a time: for second {@code s} the first frame shown at or
 * after {@code s}. It decodes forward instead of seeking per second, since a seek decodes from the
 * previous key frame again and key frames are seconds apart in most videos; and only the frames
 * it keeps are converted to pictures, the others are decoded and dropped.
 */
public final class FrameCursor implements AutoCloseable {

    private final FFmpegFrameGrabber grabber;
    private final Java2DFrameConverter converter = new Java2DFrameConverter();
    private final int totalSeconds;
    private final long halfFrameMicros;
    private final long frameMicros;
    private int nextSecond;
    private long currentTimestamp = Long.MIN_VALUE;
    private BufferedImage current;

    FrameCursor(FFmpegFrameGrabber grabber, int fromSecond) throws FFmpegFrameGrabber.Exception {
        this.grabber = grabber;
        this.totalSeconds = (int) Math.floor(grabber.getLengthInTime() / 1_000_000.0);
        double fps = grabber.getVideoFrameRate() > 0 ? grabber.getVideoFrameRate() : 25;
        this.halfFrameMicros = (long) (500_000 / fps);
        this.frameMicros = (long) (1_000_000 / fps);
        this.nextSecond = Math.max(0, fromSecond);
        if (nextSecond > 0 && nextSecond < totalSeconds) {
            // a restart: jump near the second to resume from, then decode forward from there
            grabber.setTimestamp(nextSecond * 1_000_000L - halfFrameMicros);
        }
    }

    /** Whole seconds the video lasts: the frames it has are seconds 0 … totalSeconds-1. */
    public int totalSeconds() {
        return totalSeconds;
    }

    /** The second {@link #next()} will return. */
    public int nextSecond() {
        return nextSecond;
    }

    /** The next second's frame, or null at the end of the video. */
    public GrabbedFrame next() {
        if (nextSecond >= totalSeconds) {
            return null;
        }
        long target = nextSecond * 1_000_000L;
        try {
            while (current == null || currentTimestamp + halfFrameMicros < target) {
                // a frame due well before the target is only decoded; the one due at it is kept
                boolean keep = current == null || currentTimestamp + frameMicros + halfFrameMicros >= target;
                Frame frame = grabber.grabFrame(false, true, keep, false, false);
                if (frame == null) {
                    // the container promised more than the stream holds: stop at the last picture
                    return finish();
                }
                currentTimestamp = grabber.getTimestamp();
                if (keep && frame.image != null) {
                    current = copy(converter.getBufferedImage(frame));
                }
            }
        } catch (FFmpegFrameGrabber.Exception e) {
            throw new FrameExtractionException("cannot decode the video at second " + nextSecond, e);
        }
        // a video with fewer than one frame a second shows the same picture for several seconds
        return new GrabbedFrame(nextSecond++, current);
    }

    private GrabbedFrame finish() {
        nextSecond = totalSeconds;
        return null;
    }

    /** The converter reuses its buffer for every frame; a frame kept must be copied. */
    private static BufferedImage copy(BufferedImage image) {
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        copy.getGraphics().drawImage(image, 0, 0, null);
        return copy;
    }

    @Override
    public void close() {
        try {
            grabber.close();
        } catch (org.bytedeco.javacv.FrameGrabber.Exception e) {
            throw new FrameExtractionException("cannot close the video", e);
        } finally {
            converter.close();
        }
    }
}
