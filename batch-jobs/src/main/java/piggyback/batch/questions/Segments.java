package piggyback.batch.questions;

import java.util.ArrayList;
import java.util.List;

/** Splits a video into the segments a child watches between two questions. */
public final class Segments {

    private Segments() {
    }

    /**
     * Segments of {@code interval} seconds from {@code offset} up to and including second
     * {@code duration}; the last one may be shorter, even a single second.
     */
    public static List<Segment> build(int duration, int interval, int offset) {
        int step = Math.max(1, interval);
        List<Segment> segments = new ArrayList<>();
        for (int start = Math.max(0, offset); start <= duration; ) {
            int end = (int) Math.min((long) start + step - 1, duration);
            segments.add(new Segment(start, end));
            if (end >= duration) {
                break;
            }
            start = end + 1;
        }
        return segments;
    }
}
