package piggyback.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.test.context.TestPropertySource;

import piggyback.batch.testing.OpenAiLike;

/**
 * A kill -9 of the pipeline's JVM in the middle of the questions step: the run left STARTED is
 * recovered and restarted here, completes, duplicates nothing, and does not generate the
 * segments that had completed before the crash again.
 */
@TestPropertySource(properties = {"piggyback.ai.provider=openai", "piggyback.pipeline.recover-on-startup=false",
        "piggyback.questions.concurrency=1"})
class IngestCrashRecoveryTest extends KilledPipelineTest {

    @Test
    void aRunKilledInTheQuestionsStepIsRecoveredAndCompletesWithoutRedoingFinishedSegments() throws Exception {
        long run = ingestInAnotherJvm("crash", Map.of());
        String video = videoOf(run);
        awaitCompletedPartitions(run, 1);
        pipeline.kill(); // SIGKILL: no shutdown hook, no cleanup
        assertThat(runs.execution(run).getStatus()).isEqualTo(BatchStatus.STARTED);
        // a partition counts as done once its step execution is COMPLETED; one whose rows were
        // written but whose completion was not yet recorded is run again, as Spring Batch means it
        List<String> beforeCrash = completedPartitions(run);
        assertThat(beforeCrash).isNotEmpty();

        assertThat(runs.recoverInterrupted()).contains(run);
        JobExecution restarted = AwaitedRuns.awaitEnd(runs, runs.restart(run));

        assertThat(restarted.getStatus()).as(restarted.getExitStatus().getExitDescription())
                .isEqualTo(BatchStatus.COMPLETED);
        assertIngestedOnce(run, video);
        assertThat(generatedSegments(video)).hasSize(count("frames", video));
        // those done before the crash were not asked of the model again
        for (String start : beforeCrash) {
            assertThat(OpenAiLike.questionRequestsFor(openAi, Integer.parseInt(start))).as("requests for segment %s", start).isEqualTo(1);
        }
    }

    private void awaitCompletedPartitions(long run, int atLeast) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (completedPartitions(run).size() < atLeast) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no questions partition completed in 2 minutes");
            }
            Thread.sleep(50);
        }
    }

    /** The segment starts of the questions partitions this run has completed. */
    private List<String> completedPartitions(long run) {
        return jdbc.sql("SELECT STEP_NAME FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ?"
                        + " AND STEP_NAME LIKE 'questionsWorker%' AND STATUS = 'COMPLETED'")
                .param(run).query(String.class).list().stream()
                .map(name -> name.substring(name.lastIndexOf('-') + 1)).toList();
    }

    private List<String> generatedSegments(String video) {
        return jdbc.sql("SELECT start_second FROM segments WHERE video_id = ? AND status = 'generated'")
                .param(video).query(String.class).list();
    }

}
