package piggyback.batch.questions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One partition per segment of the video. Partition names are built from the segment's start
 * ({@code segment-0}, {@code segment-60} …), so a restart finds each partition under the same name
 * and skips those that completed.
 */
final class SegmentPartitioner implements Partitioner {

    static final String START = "start_second";
    static final String END = "end_second";

    private final VideoSegments segments;
    private final String videoId;
    private final int interval;
    private final int start;

    SegmentPartitioner(VideoSegments segments, String videoId, int interval, int start) {
        this.segments = segments;
        this.videoId = videoId;
        this.interval = interval;
        this.start = start;
    }

    /** The grid size is not used: there are as many partitions as segments. */
    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        if (segments.duration(videoId).isEmpty()) {
            throw new IllegalStateException("video " + videoId + " has no recorded duration and no frames");
        }
        List<Segment> all = segments.of(videoId, interval, start);
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (Segment segment : all) {
            ExecutionContext context = new ExecutionContext();
            context.putInt(START, segment.start());
            context.putInt(END, segment.end());
            partitions.put(name(segment), context);
        }
        return partitions;
    }

    static String name(Segment segment) {
        return "segment-" + segment.start();
    }
}
