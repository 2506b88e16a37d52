package piggyback.batch.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

import piggyback.batch.BatchTest;

/**
 * The admission queue on the MySQL job repository: runs with a priority wait until fewer than
 * {@code piggyback.pipeline.max-concurrent-runs} (2 here) are going, an admin's run goes ahead of
 * a backlog, a queued run can be cancelled and restarted, and startup recovery leaves it queued.
 */
@TestPropertySource(properties = {"piggyback.pipeline.recover-on-startup=false",
        "piggyback.pipeline.max-concurrent-runs=2", "piggyback.pipeline.admission-check=200ms"})
class AdmissionQueueTest extends BatchTest {

    static final AtomicInteger EXECUTED = new AtomicInteger();
    static final AtomicBoolean HOLD = new AtomicBoolean();
    static volatile CountDownLatch release = new CountDownLatch(0);

    @TestConfiguration
    static class Jobs {

        /** Takes a little while, or holds until released, and counts its executions. */
        @Bean
        Job admitted(JobRepository repository, PlatformTransactionManager transactions) {
            return new JobBuilder("admitted", repository)
                    .start(new StepBuilder("work", repository).tasklet((contribution, context) -> {
                        EXECUTED.incrementAndGet();
                        if (HOLD.get()) {
                            release.await(30, TimeUnit.SECONDS);
                        } else {
                            Thread.sleep(150);
                        }
                        return RepeatStatus.FINISHED;
                    }, transactions).build())
                    .build();
        }
    }

    @Autowired
    PipelineRuns runs;
    @Autowired
    JobRepository repository;

    @BeforeEach
    void reset() {
        EXECUTED.set(0);
        HOLD.set(false);
        release = new CountDownLatch(0);
    }

    @Test
    void thirtyRunsAskedForAtOnceNeverRunMoreThanTwoAtATimeAndAllComplete() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(8);
        List<Future<Long>> asked = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            asked.add(callers.submit(() -> runs.start("admitted", parameters(RunPriority.BACKLOG))));
        }
        List<Long> ids = new ArrayList<>();
        for (Future<Long> id : asked) {
            ids.add(id.get(30, TimeUnit.SECONDS));
        }
        callers.shutdown();

        int most = 0;
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (ended(ids) < ids.size()) {
            assertThat(Instant.now()).as("30 runs end within 2 minutes").isBefore(deadline);
            // sampled from the job repository, as another instance would see it
            most = Math.max(most, count("""
                    SELECT COUNT(*) FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
                    WHERE i.JOB_NAME = 'admitted' AND e.STATUS = 'STARTED'"""));
            Thread.sleep(10);
        }

        assertThat(most).as("runs going at once").isEqualTo(2);
        assertThat(ids).allSatisfy(id -> assertThat(repository.getJobExecution(id).getStatus()).isEqualTo(BatchStatus.COMPLETED));
        assertThat(EXECUTED.get()).as("each run executed once").isEqualTo(30);
    }

    @Test
    void anAdminsRunGoesAheadOfThePlaylistBacklogAndAQueuedRunTellsItsPlace() throws Exception {
        holdRuns();
        long first = runs.start("admitted", parameters(RunPriority.BACKLOG));
        long second = runs.start("admitted", parameters(RunPriority.BACKLOG));
        awaitStatus(first, BatchStatus.STARTED);
        awaitStatus(second, BatchStatus.STARTED);
        List<Long> backlog = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            backlog.add(runs.start("admitted", parameters(RunPriority.BACKLOG)));
        }
        long admins = runs.start("admitted", parameters(RunPriority.INTERACTIVE));

        assertThat(runs.queuePosition(admins)).contains(1);
        assertThat(runs.queuePosition(backlog.get(0))).contains(2);
        assertThat(runs.queuePosition(backlog.get(2))).contains(4);
        assertThat(runs.queuePosition(first)).isEmpty();
        assertThat(repository.getJobExecution(admins).getStatus()).isEqualTo(BatchStatus.STARTING);
        Thread.sleep(600); // three admission checks: still nothing more starts
        assertThat(EXECUTED.get()).isEqualTo(2);

        release.countDown();
        HOLD.set(false);
        List<Long> all = new ArrayList<>(backlog);
        all.add(admins);
        awaitEnded(all);
        // admitted first: a run the queue starts in the same claim may still begin a moment before it
        LocalDateTime adminClaimed = claimedAt(admins);
        assertThat(backlog).allSatisfy(id -> assertThat(claimedAt(id)).isAfterOrEqualTo(adminClaimed));
    }

    @Test
    void runsLeftQueuedByADeadProcessStartOnceAfterRecoveryAndAQueuedRunCanBeCancelledAndRestarted() throws Exception {
        // what a kill -9 leaves behind: two admitted runs still marked as going, filling both places
        List<Long> dead = List.of(runs.start("admitted", parameters(RunPriority.INTERACTIVE)),
                runs.start("admitted", parameters(RunPriority.INTERACTIVE)));
        awaitSettled(dead);
        dead.forEach(id -> jdbc.sql("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'UNKNOWN',"
                + " END_TIME = NULL WHERE JOB_EXECUTION_ID = ?").param(id).update());
        long waiting = runs.start("admitted", parameters(RunPriority.BACKLOG));
        long cancelled = runs.start("admitted", parameters(RunPriority.BACKLOG));

        runs.stop(cancelled);
        JobExecution stopped = repository.getJobExecution(cancelled);
        assertThat(stopped.getStatus()).isEqualTo(BatchStatus.STOPPED);
        assertThat(stopped.getExitStatus().getExitDescription()).contains("Cancelled while queued");
        assertThat(runs.queuePosition(waiting)).contains(1);
        Thread.sleep(600); // three admission checks: no place is free
        assertThat(repository.getJobExecution(waiting).getStatus()).isEqualTo(BatchStatus.STARTING);
        assertThat(EXECUTED.get()).isEqualTo(2);

        // what the next process does at startup: a waiting run is not an interrupted one
        assertThat(runs.recoverInterrupted()).containsAll(dead).doesNotContain(waiting);

        awaitEnded(List.of(waiting));
        assertThat(repository.getJobExecution(waiting).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(EXECUTED.get()).as("the queued run executed once").isEqualTo(3);
        long again = runs.restart(cancelled);
        awaitEnded(List.of(again));
        assertThat(repository.getJobExecution(again).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(EXECUTED.get()).isEqualTo(4);
    }

    /** When the queue admitted the run (the database's clock). */
    private LocalDateTime claimedAt(long id) {
        return jdbc.sql("SELECT claimed_at FROM pipeline_run_queue WHERE execution_id = ?").param(id)
                .query(LocalDateTime.class).single();
    }

    private void holdRuns() {
        HOLD.set(true);
        release = new CountDownLatch(1);
    }

    private static JobParameters parameters(RunPriority priority) {
        return new JobParametersBuilder().addString("run", UUID.randomUUID().toString())
                .addLong(RunPriority.PARAMETER, priority.rank(), false).toJobParameters();
    }

    private long ended(List<Long> ids) {
        return ids.stream().filter(id -> !repository.getJobExecution(id).isRunning()).count();
    }

    /**
     * Waits until Batch is done writing these ended runs: it stores an ended run, runs the job's listeners, then
     * stores it again, so a run rewritten as soon as it looks ended could have the rewrite undone a moment later.
     */
    private void awaitSettled(List<Long> ids) throws InterruptedException {
        awaitEnded(ids);
        List<Integer> seen = versions(ids);
        for (int unchanged = 0; unchanged < 3; ) {
            Thread.sleep(100);
            List<Integer> now = versions(ids);
            unchanged = now.equals(seen) ? unchanged + 1 : 0;
            seen = now;
        }
    }

    private List<Integer> versions(List<Long> ids) {
        return jdbc.sql("SELECT VERSION FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID IN (:ids)"
                + " ORDER BY JOB_EXECUTION_ID").param("ids", ids).query(Integer.class).list();
    }

    private void awaitEnded(List<Long> ids) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (ended(ids) < ids.size()) {
            assertThat(Instant.now()).as("the runs end within a minute").isBefore(deadline);
            Thread.sleep(50);
        }
    }

    private void awaitStatus(long id, BatchStatus status) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (repository.getJobExecution(id).getStatus() != status) {
            assertThat(Instant.now()).as("run %d reaches %s", id, status).isBefore(deadline);
            Thread.sleep(20);
        }
    }
}
