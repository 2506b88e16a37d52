package piggyback.batch.speech;

import java.nio.ShortBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * A video's sound track in equal windows of 16 kHz mono speech, decoded from the file a window at
 * a time, so a long video is never held in memory whole. For videos without subtitles: each
 * window, transcribed, becomes a cue.
 */
public final class SoundTrack {

    /** One window of the sound track, ready for a {@link Transcriber}. */
    public record Window(long startMs, long endMs, Recording recording) {
    }

    private SoundTrack() {
    }

    /** @throws UnusableAudioException when the file has no sound track FFmpeg can decode */
    public static void windows(Path file, Duration length, Consumer<Window> each) {
        int rate = Recording.RECOGNISER_RATE;
        int samplesPerWindow = (int) (length.toMillis() * rate / 1000);
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
            grabber.setAudioChannels(1);
            grabber.setSampleFormat(avutil.AV_SAMPLE_FMT_S16);
            grabber.setSampleRate(rate);
            grabber.start();
            if (!grabber.hasAudio()) {
                throw new UnusableAudioException("The video has no sound track");
            }
            short[] window = new short[samplesPerWindow];
            int filled = 0;
            long windowStart = 0;
            Frame frame;
            while ((frame = grabber.grabSamples()) != null) {
                if (frame.samples == null) {
                    continue;
                }
                ShortBuffer samples = (ShortBuffer) frame.samples[0];
                while (samples.hasRemaining()) {
                    int take = Math.min(samples.remaining(), samplesPerWindow - filled);
                    samples.get(window, filled, take);
                    filled += take;
                    if (filled == samplesPerWindow) {
                        each.accept(window(window, filled, windowStart, rate));
                        windowStart += length.toMillis();
                        filled = 0;
                    }
                }
            }
            if (filled > 0) {
                each.accept(window(window, filled, windowStart, rate));
            }
        } catch (FrameGrabber.Exception e) {
            throw new UnusableAudioException("The video's sound cannot be decoded");
        }
    }

    private static Window window(short[] samples, int count, long startMs, int rate) {
        byte[] pcm = new byte[count * 2];
        for (int i = 0; i < count; i++) {
            pcm[2 * i] = (byte) samples[i];
            pcm[2 * i + 1] = (byte) (samples[i] >> 8);
        }
        PcmAudio audio = new PcmAudio(pcm, rate);
        long endMs = startMs + count * 1000L / rate;
        return new Window(startMs, endMs, new Recording(AudioCodec.wav(audio), "speech.wav", audio));
    }
}
