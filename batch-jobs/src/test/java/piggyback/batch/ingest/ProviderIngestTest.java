package piggyback.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import piggyback.batch.ProviderBatchTest;
import piggyback.batch.runs.PipelineRuns;
import piggyback.batch.testing.ChatProtocol;
import piggyback.batch.testing.FixtureSite;
import piggyback.batch.testing.OpenAiLike;
import piggyback.batch.testing.VideoFixtures;
import piggyback.testing.FakeOpenAi.Recorded;

/**
 * A whole ingest (IngestVideoJobTest's) whose questions and companions come from one provider's fake server:
 * the run completes, the segment's seven questions and their companion lines are stored under the provider's name,
 * and the question requests carried the frames. Subclasses name the provider.
 */
@TestPropertySource(properties = "piggyback.pipeline.recover-on-startup=false")
abstract class ProviderIngestTest extends ProviderBatchTest {

    @Autowired
    Ingests ingests;
    @Autowired
    PipelineRuns runs;

    private final String page = "provider" + UUID.randomUUID().toString().substring(0, 8);
    private final FixtureSite site = VideoFixtures.site(page);

    ProviderIngestTest(ChatProtocol provider) {
        super(provider);
    }

    /** Where the fake receives chat requests. */
    String chatPath() {
        return provider.path(provider.defaultModel());
    }

    String questionsModel() {
        return provider.defaultModel();
    }

    String companionsModel() {
        return provider.defaultModel();
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    @Test
    void anIngestGetsItsQuestionsAndCompanionLinesFromTheProvider() {
        provider.server().respond(chatPath(), request -> OpenAiLike.isCompanionRequest(request)
                ? provider.text(OpenAiLike.companions()) : provider.text(OpenAiLike.questions()));

        Ingests.Started started = ingests.video(site.url("/" + page + ".html"), 60, 0, "admin");
        JobExecution execution = awaitEnd(started.executionId());

        assertThat(execution.getStatus()).as(execution.getExitStatus().getExitDescription())
                .isEqualTo(BatchStatus.COMPLETED);
        String video = started.videoId();
        assertThat(jdbc.sql("SELECT generator FROM segments WHERE video_id = ? AND status = 'generated'").param(video)
                .query(String.class).list()).containsExactly(provider.key() + ":" + questionsModel());
        assertThat(count("SELECT COUNT(*) FROM generated_questions WHERE video_id = ?", video)).isEqualTo(7);
        assertThat(jdbc.sql("SELECT DISTINCT generator FROM companion_variants WHERE video_id = ?").param(video)
                .query(String.class).list()).containsExactly(provider.key() + ":" + companionsModel());
        assertThat(count("SELECT COUNT(*) FROM companion_variants WHERE video_id = ?", video)).isEqualTo(21);
        List<Recorded> requests = provider.server().requests(chatPath());
        List<Recorded> questionRequests = requests.stream().filter(r -> !OpenAiLike.isCompanionRequest(r)).toList();
        assertThat(questionRequests).hasSize(1);
        assertThat(ChatProtocol.images(questionRequests.get(0))).isPositive();
        assertThat(requests).filteredOn(OpenAiLike::isCompanionRequest).hasSize(1);
        requests.forEach(this::checkRequest);
    }

    /** What each chat request must carry besides the prompt (e.g. no key for a local server). */
    void checkRequest(Recorded request) {
    }

    private JobExecution awaitEnd(long id) {
        return AwaitedRuns.awaitEnd(runs, id);
    }
}
