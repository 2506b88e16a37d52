package piggyback.batch.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The offline speech really speaks: the audio decodes back, in the format and voice reported. */
class EspeakSpeechSynthesizerTest {

    private static final Duration ANY_LENGTH = Duration.ofMinutes(5);

    private final EspeakSpeechSynthesizer espeak = new EspeakSpeechSynthesizer();

    @Test
    void mp3IsRealMp3OfTheSpokenText() {
        SynthesizedSpeech speech = espeak.synthesize(new SpeechRequest("Where did the three dogs go?", "sage", 1.0, "mp3"));

        assertThat(speech.format()).isEqualTo("mp3");
        assertThat(speech.voice()).isEqualTo("sage");
        AudioCodec.Decoded decoded = AudioCodec.decode(speech.audio(), 0, ANY_LENGTH);
        assertThat(decoded.container()).isEqualTo("mp3");
        assertThat(decoded.pcm().length()).isGreaterThan(Duration.ofMillis(300));
    }

    @Test
    void wavHasAConsistentHeaderAndDecodes() {
        SynthesizedSpeech speech = espeak.synthesize(new SpeechRequest("Hello there", "alloy", 1.0, "wav"));

        byte[] wav = speech.audio();
        ByteBuffer header = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(new String(wav, 0, 4)).isEqualTo("RIFF");
        assertThat(header.getInt(4)).isEqualTo(wav.length - 8);
        assertThat(header.getInt(40)).isEqualTo(wav.length - 44);
        assertThat(speech.format()).isEqualTo("wav");
        assertThat(AudioCodec.decode(wav, 0, ANY_LENGTH).pcm().length()).isGreaterThan(Duration.ofMillis(300));
    }

    @Test
    void formatsOtherThanMp3ComeBackAsWavAndSaySo() {
        SynthesizedSpeech speech = espeak.synthesize(new SpeechRequest("Hello", "nova", 1.0, "opus"));

        assertThat(speech.format()).isEqualTo("wav");
        assertThat(new String(speech.audio(), 0, 4)).isEqualTo("RIFF");
    }

    @Test
    void anUnknownVoiceFallsBackToAlloyAsOnline() {
        SynthesizedSpeech speech = espeak.synthesize(new SpeechRequest("Hello", "robot", 1.0, "wav"));

        assertThat(speech.voice()).isEqualTo("alloy");
    }

    @Test
    void slowerSpeedMakesLongerSpeech() {
        String text = "The little pig built a house of straw";

        Duration slow = lengthOf(espeak.synthesize(new SpeechRequest(text, "alloy", 0.5, "wav")));
        Duration fast = lengthOf(espeak.synthesize(new SpeechRequest(text, "alloy", 2.0, "wav")));

        assertThat(slow).isGreaterThan(fast.multipliedBy(2));
    }

    @Test
    void textThatLooksLikeAnOptionIsSpokenNotObeyed() {
        SynthesizedSpeech speech = espeak.synthesize(new SpeechRequest("--version", "alloy", 1.0, "wav"));

        assertThat(lengthOf(speech)).isGreaterThan(Duration.ofMillis(300));
    }

    private static Duration lengthOf(SynthesizedSpeech speech) {
        return AudioCodec.decode(speech.audio(), 0, ANY_LENGTH).pcm().length();
    }
}
