package piggyback.batch.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import piggyback.storage.segments.FrameText;

/** The transcript block of a segment, from the subtitles its frames carry (spec §4.4.2). */
class TranscriptTest {

    @Test
    void eachSubtitleIsOneLineAtTheSecondItFirstShows() {
        Transcript transcript = Transcript.of(List.of(
                new FrameText(58, "Pip woke up early."),
                new FrameText(59, "Pip woke up early."),
                new FrameText(60, "Pip woke up early."),
                new FrameText(61, "No subtitle at this time"),
                new FrameText(62, "He was  very happy.  "),
                new FrameText(63, "He was very happy.")));

        assertThat(transcript.block()).isEqualTo("[00:58] Pip woke up early.\n[01:02] He was very happy.");
        assertThat(transcript.text()).isEqualTo("Pip woke up early. He was very happy.");
        assertThat(transcript.isEmpty()).isFalse();
    }

    @Test
    void theSentinelsAndEmptyTextsMeanNothingIsSaid() {
        Transcript transcript = Transcript.of(List.of(
                new FrameText(0, "No subtitle at this time"),
                new FrameText(1, "No subtitles available"),
                new FrameText(2, "No transcript available"),
                new FrameText(3, "No transcript available for this video segment."),
                new FrameText(4, "   "),
                new FrameText(5, null)));

        assertThat(transcript.isEmpty()).isTrue();
        assertThat(transcript.block()).isEqualTo("No transcript available for this video segment.");
        assertThat(transcript.text()).isEmpty();
    }

    @Test
    void theSameLineAgainAfterAnotherOneIsKept() {
        Transcript transcript = Transcript.of(List.of(new FrameText(1, "Hello!"), new FrameText(2, "Bye!"),
                new FrameText(3, "Hello!")));

        assertThat(transcript.lines()).extracting(Transcript.Line::second).containsExactly(1, 2, 3);
    }
}
