package piggyback.batch.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import piggyback.storage.videos.FrameRow;

/** The transcript block of a segment, from the subtitles its frames carry. */
class TranscriptTest {

    @Test
    void eachSubtitleIsOneLineAtTheSecondItFirstShows() {
        Transcript transcript = Transcript.of(List.of(
                new FrameRow(58, 64, 36, "Pip woke up early."),
                new FrameRow(59, 64, 36, "Pip woke up early."),
                new FrameRow(60, 64, 36, "Pip woke up early."),
                new FrameRow(61, 64, 36, "No subtitle at this time"),
                new FrameRow(62, 64, 36, "He was  very happy.  "),
                new FrameRow(63, 64, 36, "He was very happy.")));

        assertThat(transcript.block()).isEqualTo("[00:58] Pip woke up early.\n[01:02] He was very happy.");
        assertThat(transcript.text()).isEqualTo("Pip woke up early. He was very happy.");
        assertThat(transcript.isEmpty()).isFalse();
    }

    @Test
    void theSentinelsAndEmptyTextsMeanNothingIsSaid() {
        Transcript transcript = Transcript.of(List.of(
                new FrameRow(0, 64, 36, "No subtitle at this time"),
                new FrameRow(1, 64, 36, "No subtitles available"),
                new FrameRow(2, 64, 36, "No transcript available"),
                new FrameRow(3, 64, 36, "No transcript available for this video segment."),
                new FrameRow(4, 64, 36, "   "),
                new FrameRow(5, 64, 36, null)));

        assertThat(transcript.isEmpty()).isTrue();
        assertThat(transcript.block()).isEqualTo("No transcript available for this video segment.");
        assertThat(transcript.text()).isEmpty();
    }

    @Test
    void theSameLineAgainAfterAnotherOneIsKept() {
        Transcript transcript = Transcript.of(List.of(new FrameRow(1, 64, 36, "Hello!"), new FrameRow(2, 64, 36, "Bye!"),
                new FrameRow(3, 64, 36, "Hello!")));

        assertThat(transcript.lines()).extracting(Transcript.Line::second).containsExactly(1, 2, 3);
    }
}
