package piggyback.batch.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import piggyback.testing.SpeechFixtures;

/** The offline recogniser hears what espeak-ng said, whatever container it came in. */
class PocketsphinxTranscriberTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    private final PocketsphinxTranscriber pocketsphinx = new PocketsphinxTranscriber();

    @Test
    void hearsTheSpokenWords() {
        byte[] wav = SpeechFixtures.spokenWav(SpeechFixtures.RECOGNISED_PHRASE);

        assertThat(pocketsphinx.transcribe(Recording.decode(wav, LIMIT))).isEqualTo("three dogs");
    }

    @Test
    void hearsThemThroughOpusInWebmAsBrowsersRecord() {
        byte[] webm = SpeechFixtures.convert(SpeechFixtures.spokenWav(SpeechFixtures.RECOGNISED_PHRASE), "webm");

        assertThat(pocketsphinx.transcribe(Recording.decode(webm, LIMIT))).isEqualTo("three dogs");
    }

    @Test
    void silenceIsNoWords() {
        byte[] silence = SpeechFixtures.silenceWav(Duration.ofSeconds(3));

        assertThat(pocketsphinx.transcribe(Recording.decode(silence, LIMIT))).isEmpty();
    }
}
