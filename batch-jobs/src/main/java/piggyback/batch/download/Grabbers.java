package piggyback.batch.download;

import java.io.IOException;
import java.nio.file.Path;

import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;

/** Opens media files with JavaCV's FFmpeg, in-process (no ffmpeg program needed). */
final class Grabbers {

    static {
        // FFmpeg prints every stream of every file it opens; only real errors belong in the log
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
    }

    private Grabbers() {
    }

    /** A started grabber on the file; the caller closes it. */
    static FFmpegFrameGrabber open(Path file) throws IOException {
        return start(new FFmpegFrameGrabber(file.toFile()));
    }

    static FFmpegFrameGrabber start(FFmpegFrameGrabber grabber) throws IOException {
        try {
            grabber.start();
            return grabber;
        } catch (FrameGrabber.Exception e) {
            release(grabber);
            throw new IOException("not a readable media file (" + e.getMessage() + ")", e);
        }
    }

    static void release(FFmpegFrameGrabber grabber) {
        try {
            grabber.release();
        } catch (FrameGrabber.Exception ignored) {
            // nothing more can be done with a grabber that failed
        }
    }
}
