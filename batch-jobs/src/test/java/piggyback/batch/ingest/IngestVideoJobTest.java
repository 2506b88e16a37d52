package piggyback.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import piggyback.batch.BatchTest;
import piggyback.batch.download.DownloadFailure;
import piggyback.batch.runs.PipelineRunException;
import piggyback.batch.runs.PipelineRuns;
import piggyback.batch.testing.FixtureSite;
import piggyback.batch.testing.VideoFixtures;
import piggyback.storage.media.MediaStore;
import piggyback.storage.videos.MediaKeys;
import piggyback.storage.videos.Videos;

/** The ingestVideo job end to end on the local fixture site, with the real yt-dlp and store. */
@TestPropertySource(properties = "piggyback.pipeline.recover-on-startup=false")
class IngestVideoJobTest extends BatchTest {

    @Autowired
    Ingests ingests;
    @Autowired
    PipelineRuns runs;
    @Autowired
    MediaStore store;
    @Autowired
    Videos videos;
    @Autowired
    JdbcClient jdbc;

    private final String page = "ingest" + UUID.randomUUID().toString().substring(0, 8);
    private final FixtureSite site = VideoFixtures.site(page);

    @AfterEach
    void stopSite() {
        site.close();
    }

    @Test
    void aUrlIsIngestedIntoRowsAndObjects() {
        Ingests.Started started = ingests.video(site.url("/" + page + ".html"), 60, 0, "admin");

        JobExecution execution = awaitEnd(started.executionId());

        assertThat(execution.getStatus()).as(execution.getExitStatus().getExitDescription())
                .isEqualTo(BatchStatus.COMPLETED);
        String video = started.videoId();
        assertThat(video).isEqualTo(VideoFixtures.toolId(page));
        assertThat(videos.find(video).orElseThrow().status()).isEqualTo("ready");
        int seconds = (int) Math.floor(videos.find(video).orElseThrow().durationSeconds());
        assertThat(count("cues", video)).isEqualTo(VideoFixtures.SUBTITLE_CUES);
        assertThat(count("frames", video)).isEqualTo(seconds);
        assertThat(store.list(MediaKeys.framesPrefix(video))).hasSize(seconds);
        assertThat(store.exists(MediaKeys.source(video))).isTrue();
        assertThat(jdbc.sql("SELECT subtitle_text FROM frames WHERE video_id = ? AND second = 1").param(video)
                .query(String.class).single()).isNotBlank();
        assertThat(execution.getStepExecutions()).extracting(s -> s.getStepName())
                .contains("download", "subtitles", "frames", "questions", "companions", "tts");
        // the fixture's one spoken sentence block makes one segment with questions (offline)
        int generated = jdbc.sql("SELECT COUNT(*) FROM segments WHERE video_id = ? AND status = 'generated'")
                .param(video).query(Integer.class).single();
        assertThat(generated).isEqualTo(1);
        // offline, a question per category the transcript supports; each worded by 3 companions,
        // and each line (plain and 3 companions) spoken once
        int questions = count("generated_questions", video);
        assertThat(questions).isBetween(3, 7);
        assertThat(count("companion_variants", video)).isEqualTo(3 * questions);
        assertThat(store.list(MediaKeys.prefix(video) + "tts/")).hasSize(4 * questions);
    }

    @Test
    void aSecondIngestOfTheSameVideoIsRefusedWhileTheFirstRuns() {
        Ingests.Started first = ingests.video(site.url("/" + page + ".html"), 60, 0, "admin");

        assertThatThrownBy(() -> ingests.stored(first.videoId(), 60, 0, "admin"))
                .isInstanceOf(PipelineRunException.class).hasMessageContaining("is being ingested already");
        awaitEnd(first.executionId());
    }

    @Test
    void anAddressThatIsNotAllowedStartsNothing() {
        int before = jdbc.sql("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION").query(Integer.class).single();

        assertThatThrownBy(() -> ingests.video("http://evil.example/?youtube.com", 60, 0, "admin"))
                .isInstanceOf(DownloadFailure.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION").query(Integer.class).single())
                .isEqualTo(before);
    }

    private int count(String table, String video) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE video_id = ?").param(video)
                .query(Integer.class).single();
    }

    private JobExecution awaitEnd(long id) {
        return AwaitedRuns.awaitEnd(runs, id);
    }
}
