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

/** The dashboard's API: listing, detail, and every action with its refusals, over HTTP. */
class OpsExecutionsTest extends ApiTest {

    private final String page = "ops" + UUID.randomUUID().toString().substring(0, 8);
    private final FixtureSite site = VideoFixtures.site(page);

    @AfterEach
    void stopSite() {
        site.close();
    }

    @Test
    void aCompletedIngestIsListedWithItsProgressAndShownInDetail() {
        ApiClient admin = admin();
        String videoId = VideoFixtures.toolId(page);
        long execution = OpsRuns.ingest(admin, site.url("/" + page + ".html"));
        assertThat(OpsRuns.awaitEnd(admin, execution).path("status").asString()).isEqualTo("COMPLETED");

        JsonNode list = admin.get("/api/ops/executions?status=completed&video_id=" + videoId).expect(200).json();
        assertThat(list.path("total").asInt()).isEqualTo(1);
        JsonNode row = list.path("executions").get(0);
        assertThat(row.path("execution_id").asLong()).isEqualTo(execution);
        assertThat(row.path("job").asString()).isEqualTo("ingestVideo");
        assertThat(row.path("video_id").asString()).isEqualTo(videoId);
        assertThat(row.path("duration_seconds").asDouble()).isPositive();
        JsonNode progress = row.path("progress");
        assertThat(progress.path("frames_done").asInt()).isPositive().isEqualTo(progress.path("frames_total").asInt());
        // the clip lasts 4.x s: segments 0-1, 2-3 and 4 (which has no frame, so it failed)
        assertThat(progress.path("segments_total").asInt()).isEqualTo(3);
        assertThat(progress.path("segments_done").asInt()).isEqualTo(3);
        assertThat(progress.path("segments_failed").asInt()).isEqualTo(1);
        assertThat(admin.get("/api/ops/executions?status=FAILED&video_id=" + videoId).expect(200).json()
                .path("total").asInt()).isZero();

        JsonNode detail = admin.get("/api/ops/executions/" + execution).expect(200).json();
        assertThat(detail.path("parameters").path("video_id").asString()).isEqualTo(videoId);
        assertThat(detail.path("steps").findValuesAsString("name"))
                .containsSubsequence("download", "subtitles", "frames", "questions", "companions", "tts");
        JsonNode frames = stepNamed(detail, "frames");
        assertThat(frames.path("write_count").asInt()).isEqualTo(progress.path("frames_done").asInt());
        assertThat(frames.path("commit_count").asInt()).isPositive();
        assertThat(frames.path("execution_context").isObject()).isTrue();
        assertThat(detail.path("segments")).hasSize(3);
        assertThat(detail.path("segments").get(0).path("status").asString()).isEqualTo("generated");
        assertThat(detail.path("segments").get(0).path("partition_status").asString()).isEqualTo("COMPLETED");
        assertThat(detail.path("segments").get(2).path("status").asString()).isEqualTo("failed");
        assertThat(detail.path("segments").get(2).path("error_reason").asString()).isEqualTo("no_frames_in_segment");
    }

    @Test
    void aRunningIngestIsStoppedAndThenRestartedToTheEnd() {
        ApiClient admin = admin();
        long execution = OpsRuns.ingest(admin, site.url("/" + page + ".html"));

        // the download alone takes seconds: the run is still going
        assertThat(admin.post("/api/admin/jobs/" + execution + "/stop").expect(200).json().path("execution_id")
                .asLong()).isEqualTo(execution);
        JsonNode stopped = OpsRuns.awaitEnd(admin, execution);
        assertThat(stopped.path("status").asString()).isEqualTo("STOPPED");
        assertThat(stopped.path("steps").findValuesAsString("name")).doesNotContain("tts");
        assertThat(OpsRuns.audited(jdbc, "job.stop", execution)).isEqualTo(1);

        long restarted = admin.post("/api/admin/jobs/" + execution + "/restart").expect(202).json()
                .path("execution_id").asLong();
        JsonNode done = OpsRuns.awaitEnd(admin, restarted);
        assertThat(done.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(done.path("steps").findValuesAsString("name")).contains("tts");
    }

    @Test
    void listsArePagedNewestFirstAndBadFiltersAreRefused() {
        ApiClient admin = admin();
        long first = OpsRuns.failing(admin, jdbc, "opsa" + unique());
        long second = OpsRuns.failing(admin, jdbc, "opsb" + unique());

        JsonNode pageOne = admin.get("/api/ops/executions?size=1&page=1").expect(200).json();
        JsonNode pageTwo = admin.get("/api/ops/executions?size=1&page=2").expect(200).json();
        assertThat(pageOne.path("executions")).hasSize(1);
        assertThat(pageOne.path("executions").get(0).path("execution_id").asLong()).isGreaterThanOrEqualTo(second);
        assertThat(pageTwo.path("executions").get(0).path("execution_id").asLong())
                .isLessThan(pageOne.path("executions").get(0).path("execution_id").asLong());
        assertThat(pageOne.path("total").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(first).isLessThan(second);

        assertThat(admin.get("/api/ops/executions?status=WAITING").expect(400).json().path("detail").asString())
                .startsWith("status must be one of");
        assertThat(admin.get("/api/ops/executions?size=0").expect(400).json().path("detail").asString())
                .isEqualTo("size must be a whole number from 1 to 100");
        admin.get("/api/ops/executions?video_id=a/b").expect(400);
        assertThat(admin.get("/api/ops/executions/98765432").expect(404).json().path("detail").asString())
                .isEqualTo("No run with id 98765432");
    }

    @Test
    void aFailedRunShowsItsErrorAndCanBeRestartedOrAbandonedButNotTwice() {
        ApiClient admin = admin();
        long execution = OpsRuns.failing(admin, jdbc, "opsf" + unique());

        JsonNode failed = admin.get("/api/ops/executions/" + execution).expect(200).json();
        assertThat(failed.path("status").asString()).isEqualTo("FAILED");
        JsonNode download = stepNamed(failed, "download");
        assertThat(download.path("status").asString()).isEqualTo("FAILED");
        assertThat(download.path("error").asString()).contains("neither a source_url nor an uploaded file");
        assertThat(download.path("stack_trace").asString()).contains("\tat ");
        assertThat(download.path("root_cause").asString()).startsWith("piggyback.batch.download.DownloadFailure: ")
                .contains("neither a source_url nor an uploaded file");
        assertThat(download.path("execution_context").path("failure.root_cause").asString())
                .isEqualTo(download.path("root_cause").asString());

        assertThat(admin.post("/api/admin/jobs/" + execution + "/stop").expect(409).json().path("detail").asString())
                .isEqualTo("Only a running run can be stopped; this one is FAILED");
        long restarted = admin.post("/api/admin/jobs/" + execution + "/restart").expect(202).json()
                .path("execution_id").asLong();
        assertThat(restarted).isNotEqualTo(execution);
        assertThat(OpsRuns.awaitEnd(admin, restarted).path("status").asString()).isEqualTo("FAILED");

        admin.post("/api/admin/jobs/" + restarted + "/abandon").expect(200);
        assertThat(admin.get("/api/ops/executions/" + restarted).expect(200).json().path("status").asString())
                .isEqualTo("ABANDONED");
        assertThat(admin.post("/api/admin/jobs/" + restarted + "/abandon").expect(409).json().path("detail")
                .asString()).isEqualTo("Only a FAILED or STOPPED run can be abandoned; this one is ABANDONED");
        assertThat(admin.post("/api/admin/jobs/" + restarted + "/restart").expect(409).json().path("detail")
                .asString()).isEqualTo("Only a FAILED or STOPPED run can be restarted; this one is ABANDONED");
        assertThat(OpsRuns.audited(jdbc, "job.restart", execution)).isEqualTo(1);
        assertThat(OpsRuns.audited(jdbc, "job.abandon", restarted)).isEqualTo(1);
    }

    @Test
    void completedRunsCannotBeAbandonedAndRunsLeftStartedByACrashAreRecovered() {
        ApiClient admin = admin();
        long execution = OpsRuns.failing(admin, jdbc, "opsr" + unique());
        // what a kill -9 leaves behind: the run and its step still STARTED
        jdbc.sql("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'UNKNOWN', END_TIME = NULL"
                + " WHERE JOB_EXECUTION_ID = ?").param(execution).update();
        jdbc.sql("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'EXECUTING', END_TIME = NULL"
                + " WHERE JOB_EXECUTION_ID = ?").param(execution).update();
        assertThat(admin.post("/api/admin/jobs/" + execution + "/abandon").expect(409).json().path("detail")
                .asString()).isEqualTo("A running run cannot be abandoned; stop it first");

        JsonNode recovered = admin.post("/api/admin/jobs/recover").expect(200).json();

        assertThat(recovered.path("recovered").valueStream().map(JsonNode::asLong)).contains(execution);
        assertThat(admin.get("/api/ops/executions/" + execution).expect(200).json().path("status").asString())
                .isEqualTo("FAILED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'job.recover' AND detail LIKE ?")
                .param("%" + execution + "%").query(Integer.class).single()).isEqualTo(1);

        jdbc.sql("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'COMPLETED' WHERE JOB_EXECUTION_ID = ?")
                .param(execution).update();
        assertThat(admin.post("/api/admin/jobs/" + execution + "/abandon").expect(409).json().path("detail")
                .asString()).isEqualTo("Only a FAILED or STOPPED run can be abandoned; this one is COMPLETED");
    }

    @Test
    void aStoredVideoThatDoesNotExistIsNotIngested() {
        assertThat(admin().postJson("/api/admin/jobs", Map.of("type", "ingestVideo", "video_id", "nope" + unique()))
                .expect(404).json().path("detail").asString()).startsWith("No video with id nope");
    }

    @Test
    void onlyAdminsReachTheDashboardAndItsApi() {
        String password = "pw-" + unique();
        ApiClient expert = expert(newExpert(password), password);
        String code = "code-" + unique();
        newParent(code);
        ApiClient learner = learner(code);

        assertThat(anonymous().get("/api/ops/executions").expect(401).json().path("detail").asString())
                .isEqualTo("Admin login required");
        assertThat(expert.get("/api/ops/executions").expect(403).json().path("detail").asString())
                .isEqualTo("Admin access required");
        learner.get("/api/ops/executions/1").expect(403);
        learner.get("/api/ops/events").expect(403);
        anonymous().get("/api/ops/events").expect(401);

        assertThat(anonymous().get("/ops/jobs?status=FAILED").expect(302).header("Location"))
                .endsWith("/admin/login?next=%2Fops%2Fjobs%3Fstatus%3DFAILED");
        assertThat(expert.get("/admin/").expect(302).header("Location")).endsWith("/admin/login?next=%2Fadmin%2F");
        assertThat(anonymous().get("/admin/login").expect(200).body()).contains("<form");
        assertThat(admin().get("/ops/jobs").expect(200).body()).contains("/assets/piggyback.js");
        assertThat(admin().get("/admin").expect(302).header("Location")).endsWith("/admin/");
    }

    private static JsonNode stepNamed(JsonNode detail, String name) {
        for (JsonNode step : detail.path("steps")) {
            if (step.path("name").asString().equals(name)) {
                return step;
            }
        }
        throw new AssertionError("no step " + name + " in " + detail);
    }
}
