package piggyback.batch.runs;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At startup, runs left STARTED by a crash are recovered and restarted, so a kill -9 in the
 * middle of an ingest costs a restart, not the ingest. With several pipeline processes sharing
 * one database, turn it off and recover from the dashboard instead.
 */
@Component
class InterruptedRunsRecovery {

    private final PipelineRuns runs;
    private final boolean enabled;

    InterruptedRunsRecovery(PipelineRuns runs, @Value("${piggyback.pipeline.recover-on-startup:true}") boolean enabled) {
        this.runs = runs;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void recoverAndRestart() {
        if (!enabled) {
            return;
        }
        List<Long> recovered = runs.recoverInterrupted();
        recovered.forEach(runs::restart);
    }
}
