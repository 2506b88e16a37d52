package piggyback.api.media;

import java.io.ByteArrayInputStream;
import java.nio.Buffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;

import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

/** What the TTS tests check answers with: the audio's real length, and where the cache keeps it. */
final class SpokenAudio {

    private SpokenAudio() {
    }

    /** Decodes the audio with JavaCV and measures it: only real audio has a length. */
    static Duration lengthOf(byte[] audio) throws Exception {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(new ByteArrayInputStream(audio), audio.length)) {
            grabber.start();
            long samples = 0;
            Frame frame;
            while ((frame = grabber.grabSamples()) != null) {
                Buffer channel = frame.samples[0];
                samples += channel.remaining() / (frame.samples.length > 1 ? 1 : frame.audioChannels);
            }
            return Duration.ofMillis(samples * 1000 / grabber.getSampleRate());
        }
    }

    /** The documented cache key: {@code tts-cache/<sha256 of provider|text|voice|speed|format>}. */
    static String cacheName(String provider, String text, String voice, double speed, String format) throws Exception {
        String identity = String.join("|", provider, text, voice, Double.toString(speed), format);
        return "tts-cache/" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(identity.getBytes(StandardCharsets.UTF_8)));
    }
}
