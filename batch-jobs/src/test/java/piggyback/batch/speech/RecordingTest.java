package piggyback.batch.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import piggyback.testing.SpeechFixtures;

/** Uploads decode from every container a browser or phone sends; anything else is refused clearly. */
class RecordingTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    private static byte[] spoken;

    @BeforeAll
    static void speak() {
        spoken = SpeechFixtures.spokenWav(SpeechFixtures.RECOGNISED_PHRASE);
    }

    @ParameterizedTest
    @CsvSource({"webm, speech.webm", "ogg, speech.ogg", "mp3, speech.mp3", "m4a, speech.m4a", "wav, speech.wav"})
    void decodesEachContainerTo16kMono(String extension, String fileName) {
        byte[] upload = extension.equals("wav") ? spoken : SpeechFixtures.convert(spoken, extension);

        Recording recording = Recording.decode(upload, LIMIT);

        assertThat(recording.fileName()).isEqualTo(fileName);
        assertThat(recording.bytes()).isSameAs(upload);
        assertThat(recording.pcm16k().sampleRate()).isEqualTo(16_000);
        assertThat(recording.pcm16k().length()).isBetween(Duration.ofMillis(800), Duration.ofMillis(1500));
    }

    @Test
    void audioLongerThanTheLimitIsRefused() {
        byte[] seventySeconds = SpeechFixtures.silenceWav(Duration.ofSeconds(70));

        assertThatThrownBy(() -> Recording.decode(seventySeconds, LIMIT))
                .isInstanceOf(UnusableAudioException.class)
                .hasMessage("The audio is longer than 60 seconds");
    }

    @Test
    void audioJustUnderTheLimitIsTaken() {
        Recording recording = Recording.decode(SpeechFixtures.silenceWav(Duration.ofSeconds(59)), LIMIT);

        assertThat(recording.pcm16k().length()).isEqualTo(Duration.ofSeconds(59));
    }

    @Test
    void randomBytesTextAndNothingAreNotAudio() {
        byte[] noise = new byte[50_000];
        new Random(7).nextBytes(noise);
        byte[] text = "this is not audio at all ".repeat(200).getBytes(StandardCharsets.UTF_8);

        for (byte[] upload : new byte[][] {noise, text, new byte[0]}) {
            assertThatThrownBy(() -> Recording.decode(upload, LIMIT))
                    .isInstanceOf(UnusableAudioException.class)
                    .hasMessageStartingWith("The file is not audio");
        }
    }
}
