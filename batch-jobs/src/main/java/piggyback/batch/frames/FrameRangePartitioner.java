package piggyback.batch.frames;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Remote mode's frames partitions: the video's seconds in ranges of {@code rangeSeconds}, named
 * by their first second ({@code seconds-0}, {@code seconds-300} …) so a restart finds each under
 * the same name. The last range is open-ended: the recorded duration only says how many ranges to
 * make, the video itself says where the frames end, so both modes make the same frames.
 */
final class FrameRangePartitioner implements Partitioner {

    private final Integer durationSeconds;
    private final int rangeSeconds;

    /** @param durationSeconds the recorded duration in whole seconds, or null when unknown (one range) */
    FrameRangePartitioner(Integer durationSeconds, int rangeSeconds) {
        this.durationSeconds = durationSeconds;
        this.rangeSeconds = Math.max(1, rangeSeconds);
    }

    /** The grid size is not used: the ranges follow from the duration. */
    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        int ranges = durationSeconds == null ? 1 : Math.max(1, (durationSeconds + rangeSeconds - 1) / rangeSeconds);
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int i = 0; i < ranges; i++) {
            int first = i * rangeSeconds;
            ExecutionContext context = new ExecutionContext();
            context.putInt(VideoFrameReader.NEXT_SECOND, first);
            if (i < ranges - 1) {
                context.putInt(VideoFrameReader.END_SECOND, first + rangeSeconds);
            }
            partitions.put("seconds-" + first, context);
        }
        return partitions;
    }
}
