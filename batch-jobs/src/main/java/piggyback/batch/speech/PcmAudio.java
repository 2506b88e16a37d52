package piggyback.batch.speech;

import java.time.Duration;

/** Mono 16-bit little-endian PCM samples at one sample rate: what every format is decoded to. */
public record PcmAudio(byte[] samples, int sampleRate) {

    public Duration length() {
        return Duration.ofMillis(samples.length / 2 * 1000L / sampleRate);
    }
}
