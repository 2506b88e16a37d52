package piggyback.batch.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

/**
 * Test media made on this machine, nothing downloaded: a few seconds of coloured pictures with
 * spoken words ({@code espeak-ng}), as H.264/AAC in MP4 and in MPEG-TS (what HLS downloads
 * arrive as), an audio-only M4A, a WebP poster, and matching WebVTT subtitles. Built once per JVM.
 * {@link #site(String)} serves them on a {@link FixtureSite} the way yt-dlp's generic extractor
 * reads them.
 */
public final class VideoFixtures {

    /** What the clip says. */
    public static final String WORDS = "The little pig jumps over the red fence. Then the bunny eats a carrot.";
    /** The clip's subtitles: a header, a NOTE, an identifier, cue settings and inline tags around three cues. */
    public static final String SUBTITLES = """
            WEBVTT
            Kind: captions
            Language: en

            NOTE written for the tests

            1
            00:00:00.000 --> 00:00:01.500 align:start position:0%
            The little <c>pig</c> jumps

            2
            00:00:01.500 --> 00:00:02.500
            over the red fence.

            3
            00:00:02.500 --> 00:00:04.000
            Then the <i>bunny</i> eats a carrot.
            """;
    public static final int SUBTITLE_CUES = 3;

    private static final int WIDTH = 320;
    private static final int HEIGHT = 240;
    private static final int FPS = 25;

    /** The files, in a folder of their own. */
    public record Media(Path mp4, Path mpegTs, Path m4a, Path poster, Path vtt) {
    }

    private static Media media;

    private VideoFixtures() {
    }

    public static synchronized Media media() {
        if (media == null) {
            try {
                Path folder = Files.createTempDirectory("pb-fixtures-");
                folder.toFile().deleteOnExit();
                Path speech = speech(folder.resolve("speech.wav"), WORDS);
                media = new Media(clip(speech, folder.resolve("clip.mp4"), "mp4", true),
                        clip(speech, folder.resolve("clip.ts"), "mpegts", true),
                        clip(speech, folder.resolve("sound.m4a"), "mp4", false),
                        poster(folder.resolve("poster.webp")),
                        Files.writeString(folder.resolve("clip.vtt"), SUBTITLES));
                for (Path file : List.of(speech, media.mp4(), media.mpegTs(), media.m4a(), media.poster(), media.vtt())) {
                    file.toFile().deleteOnExit();
                }
            } catch (Exception e) {
                throw new IllegalStateException("cannot make the test media: " + e.getMessage(), e);
            }
        }
        return media;
    }

    /**
     * A web site with the media at {@code /clip.mp4}, {@code /clip-ts.mp4} (MPEG-TS bytes under an
     * MP4 name), {@code /sound.m4a}, {@code /poster.webp} and {@code /clip.vtt}, and these pages
     * (yt-dlp names a page's video {@code <page>-1}, so pages named after a test give each test
     * its own video id):
     * <ul>
     * <li>{@code /<name>.html}: the MP4 with its poster and English subtitles;</li>
     * <li>{@code /<name>-nosubs.html}: the MP4 alone;</li>
     * <li>{@code /<name>-hls.html}: the MPEG-TS file;</li>
     * <li>{@code /<name>-audio.html}: the M4A only.</li>
     * </ul>
     */
    public static FixtureSite site(String name) {
        Media files = media();
        return FixtureSite.start()
                .serve("/clip.mp4", files.mp4(), "video/mp4")
                .serve("/clip-ts.mp4", files.mpegTs(), "video/mp4")
                .serve("/sound.m4a", files.m4a(), "audio/mp4")
                .serve("/poster.webp", files.poster(), "image/webp")
                .serve("/clip.vtt", files.vtt(), "text/vtt")
                .serve("/" + name + ".html", page(name, """
                        <video src="clip.mp4" poster="poster.webp">\
                        <track kind="subtitles" srclang="en" src="clip.vtt"></video>"""), "text/html")
                .serve("/" + name + "-nosubs.html", page(name, "<video src=\"clip.mp4\"></video>"), "text/html")
                .serve("/" + name + "-hls.html", page(name, "<video src=\"clip-ts.mp4\"></video>"), "text/html")
                .serve("/" + name + "-audio.html", page(name, "<audio src=\"sound.m4a\"></audio>"), "text/html");
    }

    /** The video id yt-dlp gives the video of the page {@code /<page>.html}. */
    public static String toolId(String page) {
        return page + "-1";
    }

    /** Speech as a WAV file, spoken by espeak-ng. */
    public static Path speech(Path wav, String words) throws IOException, InterruptedException {
        Process espeak;
        try {
            espeak = new ProcessBuilder("espeak-ng", "-w", wav.toString(), words).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException("espeak-ng is needed for the test media: apt-get install espeak-ng", e);
        }
        if (!espeak.waitFor(60, TimeUnit.SECONDS) || espeak.exitValue() != 0) {
            throw new IOException("espeak-ng failed: " + new String(espeak.getInputStream().readAllBytes(),
                    StandardCharsets.UTF_8));
        }
        return wav;
    }

    /**
     * The speech with (or without) pictures: a second of red, of green, of blue and so on, as
     * H.264 and AAC in the given container.
     */
    public static Path clip(Path speech, Path target, String format, boolean withPictures) throws IOException {
        try (FFmpegFrameGrabber audio = new FFmpegFrameGrabber(speech.toFile())) {
            avutil.av_log_set_level(avutil.AV_LOG_ERROR);
            audio.start();
            FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(target.toFile(), withPictures ? WIDTH : 0,
                    withPictures ? HEIGHT : 0, audio.getAudioChannels());
            recorder.setFormat(format);
            recorder.setAudioCodec(avcodec.AV_CODEC_ID_AAC);
            recorder.setSampleRate(audio.getSampleRate());
            recorder.setAudioBitrate(64_000);
            if (withPictures) {
                recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
                recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
                recorder.setFrameRate(FPS);
                recorder.setVideoBitrate(400_000);
            }
            try {
                recorder.start();
                long pictures = withPictures ? Math.round(audio.getLengthInTime() / 1e6 * FPS) : 0;
                Frame samples;
                for (int i = 0; i < pictures; i++) {
                    recorder.record(picture(i / FPS), avutil.AV_PIX_FMT_BGR24);
                    // interleave: the sound up to the end of this picture
                    while (audio.getTimestamp() < (i + 1) * 1_000_000L / FPS && (samples = audio.grabSamples()) != null) {
                        recorder.record(samples);
                    }
                }
                while ((samples = audio.grabSamples()) != null) {
                    recorder.record(samples);
                }
                recorder.stop();
            } finally {
                recorder.release();
            }
        }
        return target;
    }

    private static Path poster(Path target) throws IOException {
        FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(target.toFile(), WIDTH, HEIGHT, 0);
        recorder.setFormat("webp");
        recorder.setVideoCodecName("libwebp");
        recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
        try {
            recorder.start();
            recorder.record(picture(1), avutil.AV_PIX_FMT_BGR24);
            recorder.stop();
        } finally {
            recorder.release();
        }
        return target;
    }

    /** A picture of one colour: red, green or blue by {@code second}. */
    private static Frame picture(int second) {
        Frame frame = new Frame(WIDTH, HEIGHT, Frame.DEPTH_UBYTE, 3);
        ByteBuffer pixels = (ByteBuffer) frame.image[0];
        byte[] bgr = switch (second % 3) {
            case 0 -> new byte[] {0, 0, (byte) 255};
            case 1 -> new byte[] {0, (byte) 255, 0};
            default -> new byte[] {(byte) 255, 0, 0};
        };
        for (int i = 0; i < WIDTH * HEIGHT; i++) {
            pixels.put(i * 3, bgr[0]).put(i * 3 + 1, bgr[1]).put(i * 3 + 2, bgr[2]);
        }
        return frame;
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html><head><title>" + title + "</title></head><body>" + body + "</body></html>";
    }
}
