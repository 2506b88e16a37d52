package piggyback.batch.frames;

import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

/**
 * Walks a video one second at a time: for second {@code s} the first frame shown at or
 * after {@code s}, as a JPEG. It decodes forward instead of seeking per second, since a seek decodes from the
 * previous key frame again and key frames are seconds apart in most videos; and only the frames
 * it keeps are converted and encoded, the others are decoded and dropped.
 */
final class FrameCursor implements AutoCloseable {

    private final FFmpegFrameGrabber grabber;
    private final int totalSeconds;
    private final long halfFrameMicros;
    private final long frameMicros;
    private MjpegEncoder encoder;
    private int nextSecond;
    private long currentTimestamp = Long.MIN_VALUE;
    private GrabbedFrame current;

    FrameCursor(FFmpegFrameGrabber grabber, int fromSecond) throws FFmpegFrameGrabber.Exception {
        this.grabber = grabber;
        this.totalSeconds = (int) Math.floor(grabber.getLengthInTime() / 1_000_000.0);
        double fps = grabber.getVideoFrameRate() > 0 ? grabber.getVideoFrameRate() : 25;
        this.halfFrameMicros = (long) (500_000 / fps);
        this.frameMicros = (long) (1_000_000 / fps);
        this.nextSecond = Math.max(0, fromSecond);
        if (nextSecond > 0 && nextSecond < totalSeconds) {
            // a restart or a later block: jump near the second to begin at, then decode forward from there
            grabber.setTimestamp(nextSecond * 1_000_000L - halfFrameMicros);
        }
    }

    /** Whole seconds the video lasts: the frames it has are seconds 0 … totalSeconds-1. */
    int totalSeconds() {
        return totalSeconds;
    }

    /** The second {@link #next()} will return. */
    int nextSecond() {
        return nextSecond;
    }

    /** The next second's frame, or null at the end of the video. */
    GrabbedFrame next() {
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
                    nextSecond = totalSeconds;
                    return null;
                }
                currentTimestamp = grabber.getTimestamp();
                if (keep && frame.image != null) {
                    current = new GrabbedFrame(nextSecond, frame.imageWidth, frame.imageHeight,
                            encoderFor(frame).encode((AVFrame) frame.opaque));
                }
            }
        } catch (FFmpegFrameGrabber.Exception e) {
            throw new FrameExtractionException("cannot decode the video at second " + nextSecond, e);
        }
        // a video with fewer than one frame a second shows the same picture for several seconds
        return new GrabbedFrame(nextSecond++, current.width(), current.height(), current.jpeg());
    }

    private MjpegEncoder encoderFor(Frame frame) {
        if (encoder == null || !encoder.fits(frame.imageWidth, frame.imageHeight)) {
            if (encoder != null) {
                encoder.close();
            }
            encoder = new MjpegEncoder(frame.imageWidth, frame.imageHeight);
        }
        return encoder;
    }

    @Override
    public void close() {
        try {
            grabber.close();
        } catch (org.bytedeco.javacv.FrameGrabber.Exception e) {
            throw new FrameExtractionException("cannot close the video", e);
        } finally {
            if (encoder != null) {
                encoder.close();
            }
        }
    }
}
