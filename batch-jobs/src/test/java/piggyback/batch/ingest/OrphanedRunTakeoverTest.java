package piggyback.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.test.context.TestPropertySource;

/**
 * Two instances on one database, neither recovering at startup: the one running an ingest is
 * killed with SIGKILL, and this one, seeing its heartbeat stop, restarts the run by itself within
 * the owner timeout; the run completes with every frame and segment exactly once.
 */
@TestPropertySource(properties = {"piggyback.ai.provider=openai", "piggyback.pipeline.recover-on-startup=false",
        "piggyback.questions.concurrency=1", "piggyback.pipeline.heartbeat=1s",
        "piggyback.pipeline.owner-timeout=4s", "piggyback.pipeline.owner-check=1s",
        // this instance admits only what it queues itself, so the other one owns the first run
        "piggyback.pipeline.admission-check=1h"})
class OrphanedRunTakeoverTest extends KilledPipelineTest {

    @Test
    void theRunOfAKilledInstanceIsTakenOverWithoutAnyoneAskingAndCompletesOnce() throws Exception {
        long run = ingestInAnotherJvm("orphan", Map.of("piggyback.pipeline.heartbeat", "1s"));
        String video = videoOf(run);
        String owner = awaitOwner(run);
        Thread.sleep(5000); // longer than the owner timeout: a live instance keeps its run
        assertThat(runs.execution(run).getStatus()).isEqualTo(BatchStatus.STARTED);
        assertThat(runs.owners(List.of(run))).containsEntry(run, owner);

        pipeline.kill(); // SIGKILL: its heartbeat stops, nothing is cleaned up
        Instant killed = Instant.now();
        long takenOver = awaitRestart(run, Duration.ofSeconds(4 + 60));
        assertThat(Duration.between(killed, Instant.now())).isLessThan(Duration.ofSeconds(4 + 60));
        AwaitedRuns.awaitEnd(runs, takenOver);

        assertThat(runs.execution(run).getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(runs.execution(takenOver).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(runs.owners(List.of(takenOver)).get(takenOver)).isNotEqualTo(owner);
        assertIngestedOnce(run, video);
    }

    private String awaitOwner(long run) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            if (runs.execution(run).getStatus() == BatchStatus.STARTED) {
                String owner = runs.owners(List.of(run)).get(run);
                assertThat(owner).isNotNull();
                return owner;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("run " + run + " never started");
    }

    /** The id of the execution that restarted this run's instance, once one exists. */
    private long awaitRestart(long run, Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            Long restarted = jdbc.sql("""
                    SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID > ?
                      AND JOB_INSTANCE_ID = (SELECT JOB_INSTANCE_ID FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?)""")
                    .param(run).param(run).query(Long.class).optional().orElse(null);
            if (restarted != null) {
                return restarted;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("run " + run + " was not taken over within " + within);
    }

}
