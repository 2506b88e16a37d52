package piggyback.batch.frames;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Java2DFrameConverter;

/** Makes a test video whose every second has its own solid colour, so a frame tells its second. */
final class ColourSecondsVideo {

    static final Color[] COLOURS = {Color.RED, Color.GREEN, Color.BLUE, Color.YELLOW, Color.MAGENTA, Color.CYAN,
            Color.WHITE, Color.ORANGE};

    private ColourSecondsVideo() {
    }

    static Path write(Path file, int seconds, int fps, int width, int height) throws Exception {
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), width, height, 0);
             Java2DFrameConverter converter = new Java2DFrameConverter()) {
            recorder.setFormat("mp4");
            recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
            recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            recorder.setFrameRate(fps);
            recorder.setGopSize(fps * 4);
            recorder.start();
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
            for (int second = 0; second < seconds; second++) {
                Graphics2D g = image.createGraphics();
                g.setColor(colourOf(second));
                g.fillRect(0, 0, width, height);
                g.dispose();
                for (int i = 0; i < fps; i++) {
                    recorder.record(converter.convert(image));
                }
            }
            recorder.stop();
        }
        return file;
    }

    static Color colourOf(int second) {
        return COLOURS[second % COLOURS.length];
    }

    /** The colour in the middle of a stored frame, to compare with the one written. */
    static boolean shows(byte[] jpeg, Color expected) {
        try {
            return shows(ImageIO.read(new ByteArrayInputStream(jpeg)), expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The colour in the middle of a frame, to compare with the one written. */
    static boolean shows(BufferedImage image, Color expected) {
        Color actual = new Color(image.getRGB(image.getWidth() / 2, image.getHeight() / 2));
        return Math.abs(actual.getRed() - expected.getRed()) < 40
                && Math.abs(actual.getGreen() - expected.getGreen()) < 40
                && Math.abs(actual.getBlue() - expected.getBlue()) < 40;
    }
}
