package piggyback.batch.download;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.Java2DFrameConverter;

/**
 * The JPEG thumbnail the store keeps: the site's own (often WebP) converted, or, for a source
 * without one (uploads, the sample), a picture from early in the video.
 */
final class Thumbnails {

    private Thumbnails() {
    }

    /** A video's first second or so is often a black fade-in; a quarter of a short video is the most. */
    private static final long EARLY_MICROS = 2_000_000;

    /** The image itself when it is a JPEG, else a JPEG made from it in {@code folder}. */
    static Path toJpeg(Path image, Path folder) throws IOException {
        String name = image.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            return image;
        }
        return picture(image, 0, folder);
    }

    /** A JPEG in {@code folder} of the video's picture two seconds in (a quarter in, for a shorter one). */
    static Path fromVideo(Path video, Double durationSeconds, Path folder) throws IOException {
        long length = durationSeconds == null ? 0 : (long) (durationSeconds * 1_000_000);
        return picture(video, length > 0 ? Math.min(EARLY_MICROS, length / 4) : 0, folder);
    }

    private static Path picture(Path media, long atMicros, Path folder) throws IOException {
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(media.toFile());
        // three-byte BGR, which Java2D turns into an image the JPEG writer takes (no alpha)
        grabber.setPixelFormat(avutil.AV_PIX_FMT_BGR24);
        Grabbers.start(grabber);
        try (Java2DFrameConverter converter = new Java2DFrameConverter()) {
            if (atMicros > 0) {
                grabber.setVideoTimestamp(atMicros);
            }
            Frame frame = grabber.grabImage();
            BufferedImage picture = frame == null ? null : converter.getBufferedImage(frame);
            if (picture == null) {
                throw new IOException(media.getFileName() + " has no picture");
            }
            Path jpeg = folder.resolve("thumbnail.jpg");
            if (!ImageIO.write(picture, "jpg", jpeg.toFile())) {
                throw new IOException("no JPEG writer");
            }
            return jpeg;
        } catch (FrameGrabber.Exception e) {
            throw new IOException(media.getFileName() + " does not decode", e);
        } finally {
            Grabbers.release(grabber);
        }
    }
}
