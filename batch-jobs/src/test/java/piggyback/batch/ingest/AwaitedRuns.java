package piggyback.batch.ingest;

import java.time.Duration;
import java.time.Instant;

import org.springframework.batch.core.job.JobExecution;

import piggyback.batch.runs.PipelineRuns;

/** Waits for a pipeline run the tests started to end. */
final class AwaitedRuns {

    private AwaitedRuns() {
    }

    static JobExecution awaitEnd(PipelineRuns runs, long id) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            JobExecution execution = runs.execution(id);
            if (!execution.isRunning()) {
                return execution;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("run " + id + " did not end in 3 minutes");
    }
}
