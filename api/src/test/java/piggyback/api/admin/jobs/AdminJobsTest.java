package piggyback.api.admin.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import piggyback.api.ApiClient;
import piggyback.api.ApiTest;
import piggyback.batch.testing.FixtureSite;
import piggyback.batch.testing.VideoFixtures;
import tools.jackson.databind.JsonNode;

/** Starting and following ingests over HTTP, and the refusals of runs in the wrong state. */
class AdminJobsTest extends ApiTest {

    private final String page = "jobs" + UUID.randomUUID().toString().substring(0, 8);
    private final FixtureSite site = VideoFixtures.site(page);

    @AfterEach
    void stopSite() {
        site.close();
    }

    @Test
    void anAdminIngestsAVideoByUrlAndFollowsItToCompletion() {
        ApiClient admin = admin();

        JsonNode started = admin.postJson("/api/admin/jobs", Map.of("type", "ingestVideo",
                "url", site.url("/" + page + ".html"), "interval_seconds", 30)).expect(202).json();

        long execution = started.path("execution_id").asLong();
        assertThat(started.path("video_id").asString()).isEqualTo(VideoFixtures.toolId(page));
        JsonNode done = awaitEnd(admin, execution);
        assertThat(done.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(done.path("job").asString()).isEqualTo("ingestVideo");
        assertThat(done.path("parameters").path("video_id").asString()).isEqualTo(VideoFixtures.toolId(page));
        assertThat(done.path("steps").findValuesAsString("name")).containsSubsequence("download", "subtitles", "frames");
        assertThat(done.path("steps").get(0).path("status").asString()).isEqualTo("COMPLETED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'job.start' AND target_id = ?")
                .param(Long.toString(execution)).query(Integer.class).single()).isEqualTo(1);

        JsonNode again = admin.post("/api/admin/jobs/" + execution + "/restart").expect(409).json();
        assertThat(again.path("detail").asString()).contains("this one is COMPLETED");
        assertThat(admin.post("/api/admin/jobs/" + execution + "/stop").expect(409).json().path("detail").asString())
                .contains("Only a running run can be stopped");
    }

    @Test
    void badIngestRequestsAreRefusedWithTheReason() {
        ApiClient admin = admin();
        int runs = count("BATCH_JOB_EXECUTION");

        assertThat(admin.postJson("/api/admin/jobs", Map.of("type", "transcode", "url", "x")).expect(400).json()
                .path("detail").asString()).isEqualTo("type must be ingestVideo, ingestPlaylist or purgeExpiredData");
        JsonNode badUrl = admin.postJson("/api/admin/jobs", Map.of("type", "ingestVideo",
                "url", "http://evil.example/?youtube.com")).expect(400).json();
        assertThat(badUrl.path("error_code").asString()).isEqualTo("invalid_url");
        assertThat(admin.postJson("/api/admin/jobs", Map.of("type", "ingestVideo", "url", site.url("/x.html"),
                "interval_seconds", 0)).expect(400).json().path("detail").asString())
                .isEqualTo("interval_seconds must be between 1 and 300");
        assertThat(count("BATCH_JOB_EXECUTION")).isEqualTo(runs);
    }

    @Test
    void unknownRunsAre404AndRecoveryAnswersWithWhatItRecovered() {
        ApiClient admin = admin();

        admin.get("/api/admin/jobs/99999999").expect(404);
        admin.post("/api/admin/jobs/99999999/restart").expect(404);
        admin.post("/api/admin/jobs/99999999/abandon").expect(404);
        assertThat(admin.post("/api/admin/jobs/recover").expect(200).json().path("recovered").isArray()).isTrue();
    }

    @Test
    void onlyAdminsMayStartOrFollowRuns() {
        String password = "pw-" + unique();
        ApiClient expert = expert(newExpert(password), password);

        anonymous().postJson("/api/admin/jobs", Map.of("type", "ingestVideo", "url", "x")).expect(401);
        expert.postJson("/api/admin/jobs", Map.of("type", "ingestVideo", "url", "x")).expect(403);
        expert.get("/api/admin/jobs/1").expect(403);
        expert.post("/api/admin/jobs/recover").expect(403);
    }

    @Test
    void playlistSchedulesAreCreatedListedPausedFiredAndDeleted() {
        ApiClient admin = admin();

        JsonNode created = admin.postJson("/api/admin/playlists", Map.of("url", site.url("/" + page + ".html"),
                "cron", "0 0 6 * * ?", "interval_seconds", 45)).expect(201).json().path("playlist");
        long id = created.path("playlist_id").asLong();

        assertThat(created.path("state").asString()).isEqualTo("NORMAL");
        assertThat(created.path("next_fire_time").asString()).endsWith("T06:00:00Z");
        assertThat(admin.post("/api/admin/playlists/" + id + "/pause").expect(200).json()
                .path("playlist").path("state").asString()).isEqualTo("PAUSED");
        assertThat(admin.post("/api/admin/playlists/" + id + "/resume").expect(200).json()
                .path("playlist").path("state").asString()).isEqualTo("NORMAL");
        assertThat(admin.get("/api/admin/playlists").expect(200).json().path("playlists")
                .findValuesAsString("url")).contains(site.url("/" + page + ".html"));
        long fired = admin.post("/api/admin/playlists/" + id + "/fire").expect(202).json().path("execution_id").asLong();
        assertThat(awaitEnd(admin, fired).path("job").asString()).isEqualTo("ingestPlaylist");
        admin.delete("/api/admin/playlists/" + id).expect(200);
        admin.delete("/api/admin/playlists/" + id).expect(404);
    }

    @Test
    void playlistRefusals() {
        ApiClient admin = admin();

        assertThat(admin.postJson("/api/admin/playlists", Map.of("url", site.url("/p.html"), "cron", "every day"))
                .expect(400).json().path("detail").asString()).contains("cron");
        assertThat(admin.postJson("/api/admin/playlists", Map.of("url", "ftp://example.com/list")).expect(400).json()
                .path("error_code").asString()).isEqualTo("invalid_url");
        long onDemand = admin.postJson("/api/admin/playlists", Map.of("url", site.url("/p.html"))).expect(201)
                .json().path("playlist").path("playlist_id").asLong();
        assertThat(admin.post("/api/admin/playlists/" + onDemand + "/pause").expect(409).json().path("detail")
                .asString()).contains("has no schedule");
        admin.post("/api/admin/playlists/987654/fire").expect(404);
    }

    private static JsonNode awaitEnd(ApiClient admin, long execution) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            JsonNode run = admin.get("/api/admin/jobs/" + execution).expect(200).json();
            String status = run.path("status").asString();
            if (!status.equals("STARTING") && !status.equals("STARTED") && !status.equals("STOPPING")) {
                return run;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("run " + execution + " did not end in 3 minutes");
    }
}
