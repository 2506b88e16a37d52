package piggyback.batch.runs;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import piggyback.batch.scaling.ProcessRoles;

/**
 * At startup, runs left STARTED by a crash are recovered and restarted, so a kill -9 in the
 * middle of an ingest costs a restart, not the ingest. With several pipeline processes sharing
 * one database, turn it off and recover from the dashboard instead. Then, in a process that
 * manages runs, queued runs start, and every {@code piggyback.pipeline.admission-check} the queue
 * is looked at again, for room made by runs of other processes.
 */
@Component
class InterruptedRunsRecovery {

    private static final Logger log = LoggerFactory.getLogger(InterruptedRunsRecovery.class);

    private final PipelineRuns runs;
    private final boolean enabled;
    private final boolean managesRuns;
    private final Duration admissionCheck;
    private ScheduledExecutorService checks;

    InterruptedRunsRecovery(PipelineRuns runs, ProcessRoles roles,
                            @Value("${piggyback.pipeline.recover-on-startup:true}") boolean enabled,
                            @Value("${piggyback.pipeline.admission-check:5s}") Duration admissionCheck) {
        this.runs = runs;
        this.enabled = enabled;
        this.managesRuns = roles.api();
        this.admissionCheck = admissionCheck;
    }

    @EventListener(ApplicationReadyEvent.class)
    void recoverAndRestart() {
        if (enabled) {
            List<Long> recovered = runs.recoverInterrupted();
            recovered.forEach(runs::restart);
        }
        if (managesRuns) {
            runs.startAdmitting();
            checks = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "run-admission");
                thread.setDaemon(true);
                return thread;
            });
            long every = admissionCheck.toMillis();
            checks.scheduleWithFixedDelay(this::admit, every, every, TimeUnit.MILLISECONDS);
        }
    }

    private void admit() {
        try {
            runs.admitQueued();
        } catch (RuntimeException e) {
            // the database may be briefly away; the next check tries again
            log.warn("could not look at the run queue: {}", e.toString());
        }
    }

    @EventListener(ContextClosedEvent.class)
    void stopChecking() {
        if (checks != null) {
            checks.shutdownNow();
        }
    }
}
