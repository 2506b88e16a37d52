package piggyback.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;

import piggyback.batch.BatchTest;
import piggyback.batch.PipelineJvm;
import piggyback.batch.PipelineProcess;
import piggyback.batch.download.SourceDownload;
import piggyback.batch.runs.PipelineRuns;
import piggyback.batch.testing.OpenAiLike;
import piggyback.batch.testing.VideoFixtures;
import piggyback.storage.media.MediaStore;
import piggyback.storage.videos.MediaKeys;
import piggyback.testing.FakeOpenAi;
import piggyback.testing.TestInfrastructure;

/**
 * The tests whose ingest runs in a pipeline JVM of its own (one second segments, slow questions from the fake
 * OpenAI server), which they kill with SIGKILL; this instance then makes what it can of the run.
 */
@Tag(BatchTest.OWN_JVM)
abstract class KilledPipelineTest extends BatchTest {

    @Autowired
    SourceDownload sources;
    @Autowired
    PipelineRuns runs;
    @Autowired
    MediaStore store;

    final FakeOpenAi openAi = TestInfrastructure.shared().openAi();
    PipelineJvm pipeline;

    @AfterEach
    void killThePipeline() throws InterruptedException {
        if (pipeline != null) {
            pipeline.kill();
        }
        openAi.reset();
    }

    /** Stores the test clip as a new video, and starts its ingest in another JVM; returns the run's id. */
    long ingestInAnotherJvm(String prefix, Map<String, String> settings) throws Exception {
        String video = prefix + UUID.randomUUID().toString().substring(0, 8);
        sources.fromUpload(video, VideoFixtures.media().mp4(), "Killed pipeline test");
        OpenAiLike.answer(openAi, Duration.ofMillis(1500));
        Map<String, String> all = new HashMap<>(Map.of("piggyback.ai.provider", "openai",
                "piggyback.pipeline.recover-on-startup", "false", "piggyback.questions.concurrency", "1"));
        all.putAll(settings);
        pipeline = PipelineJvm.start(PipelineProcess.class, all, video, "1");
        return Long.parseLong(pipeline.awaitLine("RUN ", Duration.ofMinutes(2)));
    }

    String videoOf(long run) {
        return runs.execution(run).getJobParameters().getString("video_id");
    }

    int count(String table, String video) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE video_id = ?").param(video)
                .query(Integer.class).single();
    }

    /**
     * The run's video has every frame, segment, question, companion line and spoken line exactly once, and each
     * segment's questions partition completed once over all the run's executions.
     */
    void assertIngestedOnce(long run, String video) {
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
}
