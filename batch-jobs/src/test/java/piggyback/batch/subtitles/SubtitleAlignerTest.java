package piggyback.batch.subtitles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import piggyback.storage.cues.Cue;

class SubtitleAlignerTest {

    private static final List<Cue> CUES = List.of(
            new Cue(0, 1500, "The little pig jumps"),
            new Cue(1500, 3000, "over the red fence."),
            new Cue(2000, 2500, "[splash]"),
            new Cue(5000, 6000, "Then the bunny eats a carrot."));

    @Test
    void aSecondShowsTheCuesThatStartedAtOrBeforeItAndEndAfterIt() {
        assertThat(SubtitleAligner.textAt(CUES, 0)).isEqualTo("The little pig jumps");
        assertThat(SubtitleAligner.textAt(CUES, 1)).isEqualTo("The little pig jumps");
        assertThat(SubtitleAligner.textAt(CUES, 2)).isEqualTo("over the red fence. [splash]");
        assertThat(SubtitleAligner.textAt(CUES, 5)).isEqualTo("Then the bunny eats a carrot.");
    }

    @Test
    void aCueIsGoneAtItsEnd() {
        assertThat(SubtitleAligner.textAt(CUES, 3)).isEqualTo(SubtitleAligner.NO_SUBTITLE_AT_THIS_TIME);
        assertThat(SubtitleAligner.textAt(CUES, 6)).isEqualTo("No subtitle at this time");
    }

    @Test
    void aVideoWithoutCuesHasNoSubtitlesAtAll() {
        assertThat(SubtitleAligner.textAt(List.of(), 0)).isEqualTo("No subtitles available");
        assertThat(SubtitleAligner.NO_SUBTITLES_AVAILABLE).isEqualTo("No subtitles available");
    }
}
