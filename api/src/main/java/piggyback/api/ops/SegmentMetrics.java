package piggyback.api.ops;

import java.util.List;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import piggyback.storage.segments.GeneratedSegments;

/**
 * {@code piggyback.segments} (tag {@code status}: generated, failed, pending): how many segments
 * of all videos have each outcome, counted in the database at each scrape, so it is right
 * whichever process generated them and stays right after a segment is generated again.
 */
@Component
class SegmentMetrics implements MeterBinder {

    static final String SEGMENTS = "piggyback.segments";

    private final GeneratedSegments segments;

    SegmentMetrics(GeneratedSegments segments) {
        this.segments = segments;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String status : List.of("generated", "failed", "pending")) {
            Gauge.builder(SEGMENTS, segments, rows -> rows.countsByStatus().getOrDefault(status, 0))
                    .description("Segments of all videos by the outcome of their question generation")
                    .tag("status", status).register(registry);
        }
    }
}
