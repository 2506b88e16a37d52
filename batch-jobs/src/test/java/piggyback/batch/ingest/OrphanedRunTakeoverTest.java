package piggyback.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import piggyback.batch.BatchTest;
import piggyback.batch.OpenAiLike;
import piggyback.batch.PipelineJvm;
import piggyback.batch.PipelineProcess;
import piggyback.batch.download.SourceDownload;
import piggyback.batch.runs.PipelineRuns;
import piggyback.batch.testing.VideoFixtures;
import piggyback.storage.media.MediaStore;
import piggyback.storage.videos.MediaKeys;
import piggyback.testing.FakeOpenAi;
import piggyback.testing.TestInfrastructure;

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
@Tag(BatchTest.OWN_JVM)
class OrphanedRunTakeoverTest extends BatchTest {

    @Autowired
    SourceDownload sources;
    @Autowired
    PipelineRuns runs;
    @Autowired
    MediaStore store;
    @Autowired
    JdbcClient jdbc;

    private final FakeOpenAi openAi = TestInfrastructure.shared().openAi();
    private PipelineJvm other;

    @AfterEach
    void cleanUp() throws InterruptedException {
        if (other != null) {
            other.kill();
        }
        openAi.reset();
    }

    @Test
    void theRunOfAKilledInstanceIsTakenOverWithoutAnyoneAskingAndCompletesOnce() throws Exception {
        String video = "orphan" + UUID.randomUUID().toString().substring(0, 8);
        sources.fromUpload(video, VideoFixtures.media().mp4(), "Orphan test");
        OpenAiLike.answer(openAi, Duration.ofMillis(1500));

        other = PipelineJvm.start(PipelineProcess.class, Map.of("piggyback.ai.provider", "openai",
                "piggyback.pipeline.recover-on-startup", "false", "piggyback.questions.concurrency", "1",
                "piggyback.pipeline.heartbeat", "1s"), video, "1");
        long run = Long.parseLong(other.awaitLine("RUN ", Duration.ofMinutes(2)));
        String owner = awaitOwner(run);
        Thread.sleep(5000); // longer than the owner timeout: a live instance keeps its run
        assertThat(runs.execution(run).getStatus()).isEqualTo(BatchStatus.STARTED);
        assertThat(runs.owners(List.of(run))).containsEntry(run, owner);

        other.kill(); // SIGKILL: its heartbeat stops, nothing is cleaned up
        Instant killed = Instant.now();
        long takenOver = awaitRestart(run, Duration.ofSeconds(4 + 60));
        assertThat(Duration.between(killed, Instant.now())).isLessThan(Duration.ofSeconds(4 + 60));
        AwaitedRuns.awaitEnd(runs, takenOver);

        assertThat(runs.execution(run).getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(runs.execution(takenOver).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(runs.owners(List.of(takenOver)).get(takenOver)).isNotEqualTo(owner);
        int frames = count("frames", video);
        int segments = frames + 1; // one-second segments; the last second has no frame of its own
        assertThat(count("segments", video)).isEqualTo(segments);
        assertThat(count("generated_questions", video)).isEqualTo(7 * frames);
        assertThat(count("companion_variants", video)).isEqualTo(21 * frames);
        assertThat(store.list(MediaKeys.prefix(video) + "tts/")).hasSize(28 * frames);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM BATCH_STEP_EXECUTION s
                JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID
                WHERE e.JOB_INSTANCE_ID = (SELECT JOB_INSTANCE_ID FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?)
                  AND s.STEP_NAME LIKE 'questionsWorker%' AND s.STATUS = 'COMPLETED'""")
                .param(run).query(Integer.class).single()).as("every segment completed once").isEqualTo(segments);
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

    private int count(String table, String video) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE video_id = ?").param(video)
                .query(Integer.class).single();
    }
}
