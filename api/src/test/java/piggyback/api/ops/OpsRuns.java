package piggyback.api.ops;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import piggyback.api.ApiClient;
import tools.jackson.databind.JsonNode;

/** Runs for the dashboard tests: started through the admin API and followed to their end. */
final class OpsRuns {

    private OpsRuns() {
    }

    static long ingest(ApiClient admin, String url) {
        return admin.postJson("/api/admin/jobs", Map.of("type", "ingestVideo", "url", url, "interval_seconds", 2))
                .expect(202).json().path("execution_id").asLong();
    }

    /**
     * A run that fails at once: a registered upload whose file is not in the store (the download
     * step fails with no_video_file).
     */
    static long failing(ApiClient admin, JdbcClient jdbc, String videoId) {
        long execution = ingestStored(admin, jdbc, videoId);
        awaitEnd(admin, execution);
        return execution;
    }

    /** Asks for the ingest of a registered upload whose file is not in the store, and returns at once. */
    static long ingestStored(ApiClient admin, JdbcClient jdbc, String videoId) {
        jdbc.sql("""
                INSERT INTO videos (video_id, source_kind, title, status, created_at, updated_at)
                VALUES (?, 'upload', 'Missing upload', 'registered', UTC_TIMESTAMP(), UTC_TIMESTAMP())""")
                .param(videoId).update();
        return admin.postJson("/api/admin/jobs", Map.of("type", "ingestVideo", "video_id", videoId))
                .expect(202).json().path("execution_id").asLong();
    }

    static JsonNode awaitEnd(ApiClient admin, long execution) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            JsonNode run = admin.get("/api/ops/executions/" + execution).expect(200).json();
            String status = run.path("status").asString();
            // Batch saves a stopped run's status a moment before its end time, and restarts only ended runs
            boolean ended = !run.path("end_time").isNull() && !run.path("end_time").isMissingNode();
            if (!status.equals("STARTING") && !status.equals("STARTED") && !status.equals("STOPPING") && ended) {
                return run;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("run " + execution + " did not end in 3 minutes");
    }

    /** How many audit rows record this action on this run. */
    static int audited(JdbcClient jdbc, String action, long execution) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = ? AND target_id = ?")
                .params(action, Long.toString(execution)).query(Integer.class).single();
    }
}
