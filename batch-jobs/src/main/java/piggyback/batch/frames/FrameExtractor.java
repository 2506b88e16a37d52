package piggyback.batch.frames;

import java.nio.file.Path;

import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.springframework.stereotype.Component;

/** Frames of a video file, in-process with FFmpeg through JavaCV (no ffmpeg binary needed). */
@Component
public class FrameExtractor {

    static {
        // FFmpeg's own log would print every decoder warning to stderr
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
    }

    /** Opens the video to read one frame per second, starting at {@code fromSecond}. */
    public FrameCursor open(Path video, int fromSecond) {
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile());
        // frames no other frame is decoded from (B-frames) are not decoded at all: a second then
        // shows the first other frame at or after it, a few hundredths of a second later at most,
        // and decoding, the step's main cost, roughly halves
        grabber.setVideoOption("skip_frame", "noref");
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
