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

/** Turns the site's thumbnail (often WebP) into the JPEG the store keeps. */
final class Thumbnails {

    private Thumbnails() {
    }

    /** The image itself when it is a JPEG, else a JPEG made from it in {@code folder}. */
    static Path toJpeg(Path image, Path folder) throws IOException {
        String name = image.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            return image;
        }
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(image.toFile());
        // three-byte BGR, which Java2D turns into an image the JPEG writer takes (no alpha)
        grabber.setPixelFormat(avutil.AV_PIX_FMT_BGR24);
        Grabbers.start(grabber);
        try (Java2DFrameConverter converter = new Java2DFrameConverter()) {
            Frame frame = grabber.grabImage();
            BufferedImage picture = frame == null ? null : converter.getBufferedImage(frame);
            if (picture == null) {
                throw new IOException("the thumbnail " + image.getFileName() + " has no picture");
            }
            Path jpeg = folder.resolve("thumbnail.jpg");
            if (!ImageIO.write(picture, "jpg", jpeg.toFile())) {
                throw new IOException("no JPEG writer");
            }
            return jpeg;
        } catch (FrameGrabber.Exception e) {
            throw new IOException("the thumbnail " + image.getFileName() + " does not decode", e);
        } finally {
            Grabbers.release(grabber);
        }
    }
}
