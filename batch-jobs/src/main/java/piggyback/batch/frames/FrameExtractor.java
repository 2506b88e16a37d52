package piggyback.batch.frames;

import java.nio.file.Path;

import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.springframework.stereotype.Component;

/** Frames of a video file, in-process with FFmpeg through JavaCV (no ffmpeg binary needed). */
@Component
public class FrameExtractor {

    /** Decoders at most, whatever the cores: each holds its blocks' JPEGs until the step takes them. */
    static final int MOST_DECODERS = 4;

    static {
        // FFmpeg's own log would print every decoder warning to stderr
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
    }

    /**
     * The video's frames, one a second from {@code fromSecond} until {@code endSecond} (exclusive) or the end of
     * the video, decoded ahead of the caller by one decoder per core ({@link FramesAhead}).
     */
    public FramesAhead open(Path video, int fromSecond, int endSecond) {
        int totalSeconds;
        try (FrameCursor probe = cursor(video, 0)) {
            totalSeconds = probe.totalSeconds();
        }
        int decoders = Math.min(MOST_DECODERS, Runtime.getRuntime().availableProcessors());
        return new FramesAhead(from -> cursor(video, from), fromSecond, Math.min(endSecond, totalSeconds), decoders,
                "frames-" + video.getFileName());
    }

    /** One decoder over the video from {@code fromSecond}. */
    FrameCursor cursor(Path video, int fromSecond) {
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile());
        // frames no other frame is decoded from (B-frames) are not decoded at all: a second then
        // shows the first other frame at or after it, a few hundredths of a second later at most,
        // and decoding, the step's main cost, roughly halves
        grabber.setVideoOption("skip_frame", "noref");
        // one thread per decoder: decoders work on blocks of the video side by side, which uses the cores better
        // than FFmpeg's frame threads in one decoder (1.6x on two cores)
        grabber.setVideoOption("threads", "1");
        // kept pictures are converted straight to the YUV a JPEG holds
        grabber.setPixelFormat(MjpegEncoder.PIXEL_FORMAT);
        try {
            grabber.start();
            if (grabber.getImageWidth() <= 0) {
                grabber.close();
                throw new FrameExtractionException("the file has no video stream", null);
            }
            return new FrameCursor(grabber, fromSecond);
        } catch (org.bytedeco.javacv.FrameGrabber.Exception e) {
            throw new FrameExtractionException("cannot open the video: " + e.getMessage(), e);
        }
    }
}
