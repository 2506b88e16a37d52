package piggyback.batch.questions;

/** A stretch of a video, both ends included, in whole seconds. */
public record Segment(int start, int end) {

    /** How many seconds it covers. */
    public int length() {
        return end - start + 1;
    }
}
