package piggyback.batch.download;

import java.io.IOException;
import java.nio.file.Path;

import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;

/**
 * What the container says about a video that decodes.
 *
 * @param duration  seconds, or null when the container does not say
 * @param fps       frames per second, or null when unknown
 */
record VideoFacts(Double duration, Double fps, int width, int height) {

    /** The file plays, but has no pictures (sound only). */
    static final class NoPicture extends IOException {
        NoPicture() {
            super("it has no picture");
        }
    }

    /** Opens the file and decodes its first picture: a file that is not a playable video fails here. */
    static VideoFacts of(Path file) throws IOException {
        FFmpegFrameGrabber grabber = Grabbers.open(file);
        try {
            if (!grabber.hasVideo()) {
                throw new NoPicture();
            }
            if (grabber.grabImage() == null) {
                throw new IOException("its pictures do not decode");
            }
            long micros = grabber.getLengthInTime();
            double fps = grabber.getFrameRate();
            return new VideoFacts(micros > 0 ? micros / 1_000_000.0 : null, fps > 0 ? fps : null,
                    grabber.getImageWidth(), grabber.getImageHeight());
        } catch (FrameGrabber.Exception e) {
            throw new IOException("it does not decode (" + e.getMessage() + ")", e);
        } finally {
            Grabbers.release(grabber);
        }
    }
}
