package piggyback.api.admin.jobs;

import java.net.URI;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
import piggyback.api.web.ApiException;
import piggyback.api.web.Json;
import piggyback.api.web.JsonBody;
import piggyback.batch.playlists.PlaylistSchedule;
import piggyback.batch.playlists.PlaylistSchedules;
import piggyback.storage.UtcTime;

/** Playlists to ingest, on demand or on a Quartz cron schedule (beyond the seed). */
@RestController
@RequestMapping("/api/admin/playlists")
@Tag(name = "admin")
class AdminPlaylistsController {

    private final PlaylistSchedules schedules;
    private final AdminAudit audit;
    private final IngestSources sources;

    AdminPlaylistsController(PlaylistSchedules schedules, AdminAudit audit, IngestSources sources) {
        this.schedules = schedules;
        this.audit = audit;
        this.sources = sources;
    }

    @GetMapping
    @Operation(summary = "List playlist schedules with their next fire time")
    Map<String, Object> list() {
        return Json.obj("success", true, "playlists", schedules.all().stream().map(AdminPlaylistsController::view).toList());
    }

    @PostMapping
    @Operation(summary = "Add a playlist, optionally with a cron schedule")
    ResponseEntity<Map<String, Object>> create(@CurrentCaller Caller caller, @RequestBody Map<String, Object> body) {
        JsonBody fields = JsonBody.of(body);
        String url = sources.playlistUrl(fields.text("url", 2000));
        String cron = fields.text("cron", 120);
        cron = cron == null || cron.isBlank() ? null : cron.trim();
        int interval = IngestSources.intervalSeconds(fields.scalarText("interval_seconds", 10));
        try {
            var playlist = schedules.create(url, cron, interval, caller.auditId());
            audit.record("playlist.create", "playlist", Long.toString(playlist.playlistId()), cron);
            return ResponseEntity.created(URI.create("/api/admin/playlists/" + playlist.playlistId()))
                    .body(Json.obj("success", true, "playlist", view(schedules.find(playlist.playlistId()))));
        } catch (IllegalArgumentException badCron) {
            throw ApiException.badRequest(badCron.getMessage());
        }
    }

    @PostMapping("/{playlistId}/pause")
    @Operation(summary = "Pause a playlist's schedule")
    Map<String, Object> pause(@PathVariable long playlistId) {
        RunRefusals.mapped(() -> {
            schedules.pause(playlistId);
            return null;
        });
        audit.record("playlist.pause", "playlist", Long.toString(playlistId), null);
        return Json.obj("success", true, "playlist", view(schedules.find(playlistId)));
    }

    @PostMapping("/{playlistId}/resume")
    @Operation(summary = "Resume a playlist's schedule")
    Map<String, Object> resume(@PathVariable long playlistId) {
        RunRefusals.mapped(() -> {
            schedules.resume(playlistId);
            return null;
        });
        audit.record("playlist.resume", "playlist", Long.toString(playlistId), null);
        return Json.obj("success", true, "playlist", view(schedules.find(playlistId)));
    }

    @PostMapping("/{playlistId}/fire")
    @Operation(summary = "Ingest a playlist now")
    ResponseEntity<Map<String, Object>> fire(@PathVariable long playlistId) {
        long execution = RunRefusals.mapped(() -> schedules.fire(playlistId));
        audit.record("playlist.fire", "playlist", Long.toString(playlistId), "execution=" + execution);
        return ResponseEntity.accepted().body(Json.obj("success", true, "execution_id", execution));
    }

    @DeleteMapping("/{playlistId}")
    @Operation(summary = "Delete a playlist and its schedule")
    Map<String, Object> delete(@PathVariable long playlistId) {
        RunRefusals.mapped(() -> {
            schedules.delete(playlistId);
            return null;
        });
        audit.record("playlist.delete", "playlist", Long.toString(playlistId), null);
        return Json.obj("success", true);
    }

    private static Map<String, Object> view(PlaylistSchedule schedule) {
        var playlist = schedule.playlist();
        return Json.obj("playlist_id", playlist.playlistId(), "url", playlist.url(), "cron", playlist.cron(),
                "interval_seconds", playlist.intervalSeconds(), "state", schedule.state(),
                "next_fire_time", schedule.nextFireTime() == null ? null : schedule.nextFireTime().toString(),
                "created_by", playlist.createdBy(), "created_at", UtcTime.iso(playlist.createdAt()));
    }
}
