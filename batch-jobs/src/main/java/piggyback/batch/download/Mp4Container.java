package piggyback.batch.download;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.FrameRecorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure a video is an MP4 container. HLS downloads arrive as MPEG-TS
 * under an .mp4 name; such a file is remuxed in-process (the streams copied as they are) and,
 * when its codecs cannot go into MP4 that way, re-encoded to H.264 and AAC.
 */
final class Mp4Container {

    private static final Logger log = LoggerFactory.getLogger(Mp4Container.class);
    private static final byte[] FTYP = "ftyp".getBytes(StandardCharsets.US_ASCII);
    private static final int HEAD = 64;

    private Mp4Container() {
    }

    /** An MP4 (or QuickTime) file names its type in an {@code ftyp} box at its start. */
    static boolean isMp4(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        }
        for (int i = 0; i + FTYP.length <= head.length; i++) {
            if (head[i] == FTYP[0] && head[i + 1] == FTYP[1] && head[i + 2] == FTYP[2] && head[i + 3] == FTYP[3]) {
                return true;
            }
        }
        return false;
    }

    /** The file itself when it is an MP4, else an MP4 made from it in {@code folder}. */
    static Path ensureMp4(Path file, Path folder) throws IOException {
        if (isMp4(file)) {
            return file;
        }
        Path target = folder.resolve("repaired.mp4");
        try {
            remux(file, target);
        } catch (IOException e) {
            log.info("cannot copy the streams of {} into MP4 ({}); re-encoding", file.getFileName(), e.getMessage());
            reencode(file, target);
        }
        if (!isMp4(target)) {
            throw new IOException("it could not be turned into an MP4 file");
        }
        return target;
    }

    private static void remux(Path source, Path target) throws IOException {
        FFmpegFrameGrabber grabber = Grabbers.open(source);
        try {
            AVFormatContext input = grabber.getFormatContext();
            // a TS stream's codec tags mean nothing in MP4: let the MP4 muxer choose its own
            for (int i = 0; i < input.nb_streams(); i++) {
                input.streams(i).codecpar().codec_tag(0);
            }
            FFmpegFrameRecorder recorder = recorderLike(grabber, target);
            recorder.setVideoCodec(grabber.getVideoCodec());
            recorder.setAudioCodec(grabber.getAudioCodec());
            try {
                recorder.start(input);
                AVPacket packet;
                while ((packet = grabber.grabPacket()) != null) {
                    recorder.recordPacket(packet);
                }
                recorder.stop();
            } finally {
                recorder.release();
            }
        } catch (FrameGrabber.Exception | FrameRecorder.Exception e) {
            Files.deleteIfExists(target);
            throw new IOException(e.getMessage(), e);
        } finally {
            Grabbers.release(grabber);
        }
    }

    private static void reencode(Path source, Path target) throws IOException {
        FFmpegFrameGrabber grabber = Grabbers.open(source);
        try {
            FFmpegFrameRecorder recorder = recorderLike(grabber, target);
            recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
            recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            recorder.setVideoBitrate(grabber.getVideoBitrate() > 0 ? grabber.getVideoBitrate() : 2_000_000);
            recorder.setAudioCodec(avcodec.AV_CODEC_ID_AAC);
            recorder.setAudioBitrate(128_000);
            try {
                recorder.start();
                Frame frame;
                while ((frame = grabber.grab()) != null) {
                    recorder.record(frame);
                }
                recorder.stop();
            } finally {
                recorder.release();
            }
        } catch (FrameGrabber.Exception | FrameRecorder.Exception e) {
            Files.deleteIfExists(target);
            throw new IOException("it cannot be re-encoded (" + e.getMessage() + ")", e);
        } finally {
            Grabbers.release(grabber);
        }
    }

    private static FFmpegFrameRecorder recorderLike(FFmpegFrameGrabber grabber, Path target) {
        FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(target.toFile(), grabber.getImageWidth(),
                grabber.getImageHeight(), grabber.hasAudio() ? grabber.getAudioChannels() : 0);
        recorder.setFormat("mp4");
        // the index at the front, so players can start before the whole file has arrived
        recorder.setOption("movflags", "+faststart");
        recorder.setFrameRate(grabber.getFrameRate() > 0 ? grabber.getFrameRate() : 25);
        recorder.setSampleRate(grabber.getSampleRate());
        return recorder;
    }
}
