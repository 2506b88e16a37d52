package piggyback.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import piggyback.batch.BatchTest;
import piggyback.batch.download.SourceDownload;
import piggyback.batch.runs.PipelineRuns;
import piggyback.batch.testing.OpenAiLike;
import piggyback.batch.testing.VideoFixtures;
import piggyback.testing.FakeOpenAi;
import piggyback.testing.TestInfrastructure;

/** A run whose every segment the model refused completes, but says so in its exit status. */
@TestPropertySource(properties = {"piggyback.ai.provider=openai", "piggyback.pipeline.recover-on-startup=false"})
class FailedSegmentsExitTest extends BatchTest {

    @Autowired
    SourceDownload sources;
    @Autowired
    Ingests ingests;
    @Autowired
    PipelineRuns runs;

    private final FakeOpenAi openAi = TestInfrastructure.shared().openAi();

    @AfterEach
    void reset() {
        openAi.reset();
    }

    @Test
    void aRunWhoseSegmentsAllFailedIsNotASuccess() throws Exception {
        String video = "refused" + UUID.randomUUID().toString().substring(0, 8);
        sources.fromUpload(video, VideoFixtures.media().mp4(), "Refused");
        openAi.always(FakeOpenAi.CHAT, FakeOpenAi.Reply.chat("", "content_filter"));

        JobExecution run = AwaitedRuns.awaitEnd(runs, ingests.stored(video, 4, 0, "admin").executionId());

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        int segments = count("SELECT COUNT(*) FROM segments WHERE video_id = ?", video);
        int failed = count("SELECT COUNT(*) FROM segments WHERE video_id = ? AND error_reason = 'model_refusal'", video);
        assertThat(failed).as("segments the model refused").isPositive();
        assertThat(run.getExitStatus().getExitCode()).isEqualTo(FailedSegmentsExit.EXIT_CODE);
        assertThat(run.getExitStatus().getExitDescription())
                .isEqualTo(failed + " of " + segments + " segments got no questions");
    }

    @Test
    void aRunWithoutFailedSegmentsExitsCompleted() throws Exception {
        String video = "answered" + UUID.randomUUID().toString().substring(0, 8);
        sources.fromUpload(video, VideoFixtures.media().mp4(), "Answered");
        OpenAiLike.answer(openAi, Duration.ZERO);

        JobExecution run = AwaitedRuns.awaitEnd(runs, ingests.stored(video, 4, 0, "admin").executionId());

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(run.getExitStatus().getExitCode()).isEqualTo("COMPLETED");
    }
}
