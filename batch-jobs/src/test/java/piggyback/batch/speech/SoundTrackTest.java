package piggyback.batch.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import piggyback.batch.testing.VideoFixtures;

class SoundTrackTest {

    @Test
    void aVideosSoundIsCutIntoWindowsThatCoverItAll() {
        List<SoundTrack.Window> windows = new ArrayList<>();

        SoundTrack.windows(VideoFixtures.media().mp4(), Duration.ofSeconds(2), windows::add);

        assertThat(windows).hasSizeGreaterThanOrEqualTo(2);
        assertThat(windows.get(0).startMs()).isZero();
        assertThat(windows.get(0).endMs()).isEqualTo(2000);
        assertThat(windows.get(1).startMs()).isEqualTo(2000);
        assertThat(windows.get(0).recording().pcm16k().sampleRate()).isEqualTo(16_000);
        assertThat(windows.get(0).recording().pcm16k().samples()).hasSize(2 * 16_000 * 2);
        assertThat(windows.get(0).recording().bytes()).startsWith('R', 'I', 'F', 'F');
    }

    @Test
    void aFileWithoutSoundIsUnusable() {
        assertThatThrownBy(() -> SoundTrack.windows(VideoFixtures.media().poster(), Duration.ofSeconds(2), w -> { }))
                .isInstanceOf(UnusableAudioException.class);
    }
}
