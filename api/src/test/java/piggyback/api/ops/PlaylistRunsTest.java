package piggyback.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import piggyback.api.ApiClient;
import piggyback.api.ApiTest;
import piggyback.batch.testing.FixtureSite;
import piggyback.batch.testing.VideoFixtures;
import tools.jackson.databind.JsonNode;

/**
 * A playlist run as one thing to watch: its videos with their runs and a summary, and "retry failed
 * videos", which restarts the failed ones and nothing else.
 */
class PlaylistRunsTest extends ApiTest {

    private final String page = "plist" + UUID.randomUUID().toString().substring(0, 8);
    private final FixtureSite site = VideoFixtures.site(page);

    @AfterEach
    void stopSite() {
        site.close();
    }

    @Test
    void aPlaylistRunShowsItsVideosAndRetriesOnlyTheFailedOnes() {
        ApiClient admin = admin();
        long playlistRun = admin.postJson("/api/admin/jobs", Map.of("type", "ingestPlaylist",
                "url", site.url("/" + page + ".html"), "interval_seconds", 2)).expect(202).json()
                .path("execution_id").asLong();
        OpsRuns.awaitEnd(admin, playlistRun);
        JsonNode playlist = admin.get("/api/ops/executions/" + playlistRun).expect(200).json().path("playlist");
        assertThat(playlist.path("total").asInt()).isEqualTo(1);
        JsonNode video = playlist.path("videos").get(0);
        assertThat(video.path("video_id").asString()).isEqualTo(VideoFixtures.toolId(page));
        long videoRun = video.path("execution_id").asLong();
        OpsRuns.awaitEnd(admin, videoRun);

        JsonNode done = admin.get("/api/ops/executions/" + playlistRun).expect(200).json().path("playlist");
        assertThat(done.path("completed").asInt()).isEqualTo(1);
        assertThat(done.path("failed").asInt()).isZero();
        assertThat(done.path("progress").asDouble()).isEqualTo(1.0);
        assertThat(done.path("videos_per_hour").asDouble()).isPositive();
        assertThat(done.path("estimated_finish").isNull()).as("nothing left to run").isTrue();
        assertThat(admin.post("/api/admin/jobs/" + playlistRun + "/retry-failed").expect(202).json()
                .path("restarted")).isEmpty();

        // the video's run fails (as when its provider was down): the playlist says so, and a retry runs it again
        jdbc.sql("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'FAILED', EXIT_CODE = 'FAILED' WHERE JOB_EXECUTION_ID = ?")
                .param(videoRun).update();
        assertThat(admin.get("/api/ops/executions/" + playlistRun).expect(200).json().path("playlist")
                .path("failed").asInt()).isEqualTo(1);
        JsonNode retried = admin.post("/api/admin/jobs/" + playlistRun + "/retry-failed").expect(202).json();
        assertThat(retried.path("restarted")).hasSize(1);
        long again = retried.path("restarted").get(0).asLong();
        assertThat(OpsRuns.awaitEnd(admin, again).path("status").asString()).isEqualTo("COMPLETED");
        JsonNode after = admin.get("/api/ops/executions/" + playlistRun).expect(200).json().path("playlist");
        assertThat(after.path("videos").get(0).path("execution_id").asLong()).isEqualTo(again);
        assertThat(after.path("failed").asInt()).isZero();
        assertThat(after.path("completed").asInt()).isEqualTo(1);
        assertThat(OpsRuns.audited(jdbc, "job.retry-failed", playlistRun)).isEqualTo(2);

        assertThat(admin.post("/api/admin/jobs/" + videoRun + "/retry-failed").expect(409).json().path("detail")
                .asString()).isEqualTo("Run " + videoRun + " is not a playlist run");
        admin.post("/api/admin/jobs/98765432/retry-failed").expect(404);
        assertThat(admin.get("/api/ops/executions/" + videoRun).expect(200).json().path("playlist").isMissingNode())
                .isTrue();
    }
}
