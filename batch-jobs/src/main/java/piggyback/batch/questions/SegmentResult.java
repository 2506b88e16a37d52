package piggyback.batch.questions;

/** What generating one segment's questions gave: its questions, or why there are none. */
public sealed interface SegmentResult permits SegmentQuestions, SegmentFailure {

    /** How many generation attempts it took. */
    int attempts();
}
