package piggyback.api.admin.jobs;

import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import piggyback.api.audit.AdminAudit;
import piggyback.api.security.Caller;
import piggyback.api.security.CurrentCaller;
import piggyback.api.web.Json;
import piggyback.api.web.JsonBody;
import piggyback.batch.privacy.Purges;
import piggyback.batch.ingest.PlaylistVideos;
import piggyback.batch.runs.PipelineRuns;

/** Pipeline runs for admins (docs/api-contract.md#admin): start, follow, stop, restart, recover. */
@RestController
@RequestMapping("/api/admin/jobs")
@Tag(name = "admin")
class AdminJobsController {

    private final PipelineRuns runs;
    private final IngestSources sources;
    private final Purges purges;
    private final AdminAudit audit;
    private final PlaylistVideos playlists;

    AdminJobsController(PipelineRuns runs, IngestSources sources, Purges purges, AdminAudit audit,
                        PlaylistVideos playlists) {
        this.playlists = playlists;
        this.runs = runs;
        this.sources = sources;
        this.purges = purges;
        this.audit = audit;
    }

    /**
     * {@code {"type": "ingestVideo" | "ingestPlaylist", "url", "interval_seconds"?, "start_seconds"?}}, or
     * {@code {"type": "purgeExpiredData"}} (the daily retention purge, now) → 202.
     */
    @PostMapping
    @Operation(summary = "Start an ingest of a video or a playlist, or the retention purge, in the background")
    ResponseEntity<Map<String, Object>> start(@CurrentCaller Caller caller, @RequestBody Map<String, Object> body) {
        JsonBody fields = JsonBody.of(body);
        IngestSources.Launched launched = Purges.JOB.equals(fields.text("type", 40))
                ? new IngestSources.Launched(RunRefusals.mapped(() -> purges.start(caller.auditId())), Purges.JOB, null)
                : sources.start(fields, caller.auditId());
        audit.record("job.start", "job", Long.toString(launched.executionId()),
                launched.jobName() + (launched.videoId() == null ? "" : " video=" + launched.videoId()));
        return ResponseEntity.accepted().body(Json.obj("success", true, "execution_id", launched.executionId(),
                "job", launched.jobName(), "video_id", launched.videoId()));
    }

    @GetMapping("/{executionId}")
    @Operation(summary = "A run's status and the summary of each step")
    Map<String, Object> status(@PathVariable long executionId) {
        Map<String, Object> view = RunView.of(RunRefusals.mapped(() -> runs.execution(executionId)),
                runs.queuePosition(executionId));
        view.put("success", true);
        return view;
    }

    @PostMapping("/{executionId}/restart")
    @Operation(summary = "Restart a failed or stopped run where it stopped")
    ResponseEntity<Map<String, Object>> restart(@PathVariable long executionId) {
        long restarted = RunRefusals.mapped(() -> runs.restart(executionId));
        audit.record("job.restart", "job", Long.toString(executionId), "new execution " + restarted);
        return ResponseEntity.accepted().body(Json.obj("success", true, "execution_id", restarted));
    }

    @PostMapping("/{executionId}/retry-failed")
    @Operation(summary = "Restart the videos of a playlist run whose runs failed or were stopped, and only those")
    ResponseEntity<Map<String, Object>> retryFailed(@PathVariable long executionId) {
        List<Long> restarted = RunRefusals.mapped(() -> playlists.retryFailed(executionId));
        audit.record("job.retry-failed", "job", Long.toString(executionId), restarted.size() + " videos restarted");
        return ResponseEntity.accepted().body(Json.obj("success", true, "execution_id", executionId,
                "restarted", restarted));
    }

    @PostMapping("/{executionId}/stop")
    @Operation(summary = "Stop a running run at its next chunk or step")
    Map<String, Object> stop(@PathVariable long executionId) {
        RunRefusals.mapped(() -> {
            runs.stop(executionId);
            return null;
        });
        audit.record("job.stop", "job", Long.toString(executionId), null);
        return Json.obj("success", true, "execution_id", executionId);
    }

    @PostMapping("/{executionId}/abandon")
    @Operation(summary = "Give up on a stopped or failed run for good")
    Map<String, Object> abandon(@PathVariable long executionId) {
        RunRefusals.mapped(() -> {
            runs.abandon(executionId);
            return null;
        });
        audit.record("job.abandon", "job", Long.toString(executionId), null);
        return Json.obj("success", true, "execution_id", executionId);
    }

    /** Runs left STARTED by a crashed process become FAILED, ready to restart. */
    @PostMapping("/recover")
    @Operation(summary = "Recover runs left running by a process that died")
    Map<String, Object> recover() {
        List<Long> recovered = runs.recoverInterrupted();
        audit.record("job.recover", "job", null, "recovered " + recovered);
        return Json.obj("success", true, "recovered", recovered);
    }
}
