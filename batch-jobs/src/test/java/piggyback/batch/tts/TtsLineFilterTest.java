package piggyback.batch.tts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import piggyback.batch.BatchTest;
import piggyback.batch.tts.TtsStepConfiguration.TtsLineFilter;
import piggyback.storage.media.MediaStore;
import piggyback.storage.videos.MediaKeys;

/** A restarted tts step speaks only what is missing: the lines whose speech is stored are left out. */
class TtsLineFilterTest extends BatchTest {

    @Autowired
    MediaStore store;

    @Test
    void linesWhoseSpeechIsStoredAreLeftOutAndTheOthersGoOn() {
        String video = "tts_" + UUID.randomUUID().toString().substring(0, 8);
        store.put(MediaKeys.speech(video, "pig", "0-character"), new byte[] {1}, "audio/mpeg");
        // another video's line of the same name says nothing about this one's
        store.put(MediaKeys.speech(video + "x", "pig", "0-setting"), new byte[] {1}, "audio/mpeg");
        TtsLineFilter filter = new TtsLineFilter(video, store);

        SpokenLine stored = new SpokenLine("pig", "0-character", "Ooh! WHO is it?!");
        SpokenLine otherCompanion = new SpokenLine("bunny", "0-character", "Who is it, dear?");
        SpokenLine otherLine = new SpokenLine("pig", "0-setting", "Ooh! WHERE?!");

        assertThat(filter.process(stored)).isNull();
        assertThat(filter.process(otherCompanion)).isEqualTo(otherCompanion);
        assertThat(filter.process(otherLine)).isEqualTo(otherLine);
    }
}
