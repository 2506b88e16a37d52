package piggyback.batch.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

import piggyback.batch.BatchTest;

/** Starting, stopping, restarting, abandoning and recovering runs, on the MySQL job repository. */
@TestPropertySource(properties = "piggyback.pipeline.recover-on-startup=false")
class PipelineRunsTest extends BatchTest {

    static final AtomicBoolean FAIL_SECOND_STEP = new AtomicBoolean();
    static final AtomicInteger FIRST_STEP_RUNS = new AtomicInteger();
    static final CountDownLatch RELEASE = new CountDownLatch(1);

    @TestConfiguration
    static class Jobs {

        @Bean
        Job twoSteps(JobRepository repository, PlatformTransactionManager transactions) {
            return new JobBuilder("twoSteps", repository)
                    .start(new StepBuilder("first", repository).tasklet((c, x) -> {
                        FIRST_STEP_RUNS.incrementAndGet();
                        return RepeatStatus.FINISHED;
                    }, transactions).build())
                    .next(new StepBuilder("second", repository).tasklet((c, x) -> {
                        if (FAIL_SECOND_STEP.get()) {
                            throw new IllegalStateException("the provider refused");
                        }
                        return RepeatStatus.FINISHED;
                    }, transactions).build())
                    .build();
        }

        @Bean
        Job slow(JobRepository repository, PlatformTransactionManager transactions) {
            return new JobBuilder("slow", repository)
                    .start(new StepBuilder("wait", repository).tasklet((c, x) -> {
                        RELEASE.await(20, TimeUnit.SECONDS);
                        return RepeatStatus.FINISHED;
                    }, transactions).build())
                    .build();
        }
    }

    @Autowired
    PipelineRuns runs;
    @Autowired
    JobRepository repository;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void reset() {
        FAIL_SECOND_STEP.set(false);
        FIRST_STEP_RUNS.set(0);
    }

    @Test
    void aRunStartsInTheBackgroundAndCompletes() {
        long id = runs.start("twoSteps", fresh());

        assertThat(awaitEnd(id).getStatus()).isEqualTo(BatchStatus.COMPLETED);
    }

    @Test
    void aFailedRunRestartsAtTheStepThatFailed() {
        FAIL_SECOND_STEP.set(true);
        long failed = runs.start("twoSteps", fresh());
        assertThat(awaitEnd(failed).getStatus()).isEqualTo(BatchStatus.FAILED);
        FAIL_SECOND_STEP.set(false);

        long restarted = runs.restart(failed);

        assertThat(awaitEnd(restarted).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(FIRST_STEP_RUNS.get()).as("the completed first step is not run again").isEqualTo(1);
    }

    @Test
    void onlyFailedOrStoppedRunsRestartAndOnlyRunningOnesStop() {
        long done = runs.start("twoSteps", fresh());
        awaitEnd(done);

        assertThatThrownBy(() -> runs.restart(done)).isInstanceOf(PipelineRunException.class)
                .hasMessageContaining("this one is COMPLETED");
        assertThatThrownBy(() -> runs.stop(done)).hasMessageContaining("Only a running run can be stopped");
        assertThatThrownBy(() -> runs.restart(987654321L)).hasMessageContaining("No run with id 987654321")
                .satisfies(e -> assertThat(((PipelineRunException) e).kind())
                        .isEqualTo(PipelineRunException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> runs.start("noSuchJob", fresh())).hasMessageContaining("No job named noSuchJob");
    }

    @Test
    void aRunningRunStopsAndCanThenBeAbandoned() throws Exception {
        long id = runs.start("slow", fresh());
        awaitStatus(id, BatchStatus.STARTED);

        runs.stop(id);
        RELEASE.countDown();

        assertThat(awaitEnd(id).getStatus()).isEqualTo(BatchStatus.STOPPED);
        runs.abandon(id);
        assertThat(runs.execution(id).getStatus()).isEqualTo(BatchStatus.ABANDONED);
        assertThatThrownBy(() -> runs.restart(id)).isInstanceOf(PipelineRunException.class);
    }

    @Test
    void aRunLeftStartedByADeadProcessIsRecoveredAndThenRestarts() {
        FAIL_SECOND_STEP.set(true);
        long id = runs.start("twoSteps", fresh());
        awaitEnd(id);
        // what a kill -9 leaves behind: the run and its step still marked as running
        jdbc.sql("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'UNKNOWN', END_TIME = NULL"
                + " WHERE JOB_EXECUTION_ID = ?").param(id).update();
        jdbc.sql("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'EXECUTING', END_TIME = NULL"
                + " WHERE JOB_EXECUTION_ID = ? AND STEP_NAME = 'second'").param(id).update();
        FAIL_SECOND_STEP.set(false);

        assertThat(runs.recoverInterrupted()).contains(id);
        assertThat(runs.execution(id).getStatus()).isEqualTo(BatchStatus.FAILED);

        long restarted = runs.restart(id);
        assertThat(awaitEnd(restarted).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(FIRST_STEP_RUNS.get()).isEqualTo(1);
    }

    /** A playlist run, say, on an instance that was killed: it has an owner, and another instance takes it over. */
    @Test
    void aRunStartedDirectlyIsTakenOverWhenItsProcessFallsSilent() {
        FAIL_SECOND_STEP.set(true);
        long id = runs.start("twoSteps", fresh());
        awaitEnd(id);
        String self = runs.owners(List.of(id)).get(id);
        assertThat(self).as("owned by this process").isNotNull();
        // what a kill -9 of its process leaves behind: the run still marked as running, its owner silent
        jdbc.sql("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'UNKNOWN', END_TIME = NULL"
                + " WHERE JOB_EXECUTION_ID = ?").param(id).update();
        jdbc.sql("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'EXECUTING', END_TIME = NULL"
                + " WHERE JOB_EXECUTION_ID = ? AND STEP_NAME = 'second'").param(id).update();
        jdbc.sql("UPDATE pipeline_run_queue SET claimed_by = 'a-process-that-died' WHERE execution_id = ?")
                .param(id).update();
        FAIL_SECOND_STEP.set(false);

        List<Long> restarted = runs.recoverOrphaned(Duration.ofSeconds(30));

        assertThat(runs.execution(id).getStatus()).isEqualTo(BatchStatus.FAILED);
        long takenOver = restarted.stream().filter(run -> runs.execution(run).getJobInstance().getId()
                == runs.execution(id).getJobInstance().getId()).findFirst().orElseThrow();
        assertThat(awaitEnd(takenOver).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(FIRST_STEP_RUNS.get()).as("the completed first step is not run again").isEqualTo(1);
        assertThat(runs.owners(List.of(takenOver))).containsEntry(takenOver, self);
    }

    private static JobParameters fresh() {
        return new JobParametersBuilder().addString("run", UUID.randomUUID().toString()).toJobParameters();
    }

    private JobExecution awaitEnd(long id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            JobExecution execution = repository.getJobExecution(id);
            if (!execution.isRunning()) {
                return execution;
            }
            sleep();
        }
        throw new AssertionError("run " + id + " did not end in 30 s");
    }

    private void awaitStatus(long id, BatchStatus status) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (repository.getJobExecution(id).getStatus() != status) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("run " + id + " never reached " + status);
            }
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
