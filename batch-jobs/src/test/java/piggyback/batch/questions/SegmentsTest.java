package piggyback.batch.questions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Segmenting (reference unit tests U10–U12). */
class SegmentsTest {

    @Test
    void u10AThreeMinuteVideoEndsWithAOneSecondSegment() {
        assertThat(Segments.build(180, 60, 0)).containsExactly(new Segment(0, 59), new Segment(60, 119),
                new Segment(120, 179), new Segment(180, 180));
    }

    @Test
    void u11TheLastSegmentIsShorter() {
        assertThat(Segments.build(90, 60, 0)).containsExactly(new Segment(0, 59), new Segment(60, 90));
    }

    @Test
    void u12AVideoOfExactlyOneIntervalStillGetsItsLastSecond() {
        assertThat(Segments.build(60, 60, 0)).containsExactly(new Segment(0, 59), new Segment(60, 60));
    }

    @Test
    void anOffsetStartsLaterAndANegativeOneStartsAtZero() {
        assertThat(Segments.build(100, 30, 45)).containsExactly(new Segment(45, 74), new Segment(75, 100));
        assertThat(Segments.build(10, 60, -5)).containsExactly(new Segment(0, 10));
    }

    @Test
    void anIntervalBelowOneSecondCountsAsOneSecond() {
        assertThat(Segments.build(2, 0, 0)).containsExactly(new Segment(0, 0), new Segment(1, 1), new Segment(2, 2));
    }

    @Test
    void anOffsetPastTheEndGivesNoSegments() {
        assertThat(Segments.build(30, 60, 31)).isEmpty();
        assertThat(new Segment(60, 119).length()).isEqualTo(60);
    }
}
