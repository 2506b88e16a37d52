package piggyback.storage.cues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import piggyback.storage.StorageTestBase;
import piggyback.storage.videos.Videos;

class CuesTest extends StorageTestBase {

    @Autowired
    Cues cues;
    @Autowired
    Videos videos;

    @Test
    void replacingKeepsOnlyTheNewCuesInOrder() {
        String video = newVideo();
        cues.replace(video, List.of(new Cue(0, 1000, "old one"), new Cue(1000, 2000, "old two")));

        cues.replace(video, List.of(new Cue(500, 1500, "new one")));

        assertThat(cues.of(video)).containsExactly(new Cue(500, 1500, "new one"));
        assertThat(cues.count(video)).isEqualTo(1);
    }

    @Test
    void manyCuesAreStoredAcrossSeveralStatementsAndLongTextsAreCut() {
        String video = newVideo();
        List<Cue> many = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            many.add(new Cue(i * 1000L, i * 1000L + 900, "cue " + i));
        }
        many.add(new Cue(450_000, 451_000, "x".repeat(Cues.MAX_TEXT + 10)));

        cues.replace(video, many);

        List<Cue> stored = cues.of(video);
        assertThat(stored).hasSize(451);
        assertThat(stored.get(0)).isEqualTo(new Cue(0, 900, "cue 0"));
        assertThat(stored.get(449).text()).isEqualTo("cue 449");
        assertThat(stored.get(450).text()).hasSize(Cues.MAX_TEXT);
    }

    @Test
    void aReplaceThatFailsHalfwayLeavesTheOldCues() {
        String video = newVideo();
        cues.replace(video, List.of(new Cue(0, 1000, "kept")));
        List<Cue> broken = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            broken.add(new Cue(i, i + 1, "fine"));
        }
        broken.add(new Cue(300, 301, null));

        assertThatThrownBy(() -> cues.replace(video, broken)).isInstanceOf(RuntimeException.class);

        assertThat(cues.of(video)).containsExactly(new Cue(0, 1000, "kept"));
    }

    private String newVideo() {
        String id = "v_" + UUID.randomUUID().toString().substring(0, 8);
        videos.upsert(id, "upload", null, "Video " + id, null, 10.0);
        return id;
    }
}
