package piggyback.api.ops;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.batch.core.BatchStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import piggyback.api.web.ApiException;
import piggyback.api.web.Ids;
import piggyback.api.web.Json;
import piggyback.batch.runs.PipelineRunException;
import piggyback.batch.runs.RunHistory;

/**
 * What the operator dashboard reads (beyond the seed): runs listed with filters, paging and
 * progress, one run in detail, and live changes as Server-Sent Events. The actions (start, stop,
 * restart, abandon, recover, schedules) are the admin API's, {@code /api/admin/jobs} and
 * {@code /api/admin/playlists}, so every action has one implementation and one audit record.
 */
@RestController
@RequestMapping("/api/ops")
@Tag(name = "ops")
class OpsExecutionsController {

    static final int MAX_PAGE_SIZE = 100;
    /** Batch's statuses, and QUEUED for a run waiting for admission. */
    private static final List<String> STATUSES = Stream.concat(Stream.of("QUEUED"),
            Arrays.stream(BatchStatus.values()).map(BatchStatus::name)).toList();

    private final RunHistory history;
    private final ExecutionRows rows;
    private final ExecutionDetail detail;
    private final ExecutionEvents events;

    OpsExecutionsController(RunHistory history, ExecutionRows rows, ExecutionDetail detail, ExecutionEvents events) {
        this.history = history;
        this.rows = rows;
        this.detail = detail;
        this.events = events;
    }

    @GetMapping("/executions")
    @Operation(summary = "Pipeline runs, newest first, with progress; filter by status and video")
    Map<String, Object> list(@RequestParam(required = false) String status,
                             @RequestParam(name = "video_id", required = false) String videoId,
                             @RequestParam(required = false) String page,
                             @RequestParam(required = false) String size) {
        String wanted = status == null || status.isBlank() ? null : status.trim().toUpperCase(Locale.ROOT);
        if (wanted != null && !STATUSES.contains(wanted)) {
            throw ApiException.badRequest("status must be one of " + STATUSES);
        }
        String video = videoId == null || videoId.isBlank() ? null : videoId.trim();
        if (video != null && !Ids.isVideoId(video)) {
            throw ApiException.badRequest("video_id must match ^[A-Za-z0-9_-]{1,64}$");
        }
        int pageNumber = whole("page", page, 1, 1, 1_000_000);
        int pageSize = whole("size", size, 20, 1, MAX_PAGE_SIZE);
        RunHistory.Page found = history.list(new RunHistory.Filter(wanted, video, (pageNumber - 1) * pageSize, pageSize));
        return Json.obj("success", true, "page", pageNumber, "size", pageSize, "total", found.total(),
                "executions", rows.of(found.runs()));
    }

    @GetMapping("/executions/{executionId}")
    @Operation(summary = "One run: parameters, steps with counts, errors, segment outcomes, execution contexts")
    Map<String, Object> detail(@PathVariable long executionId) {
        Map<String, Object> view;
        try {
            view = detail.of(executionId);
        } catch (PipelineRunException unknown) {
            throw new ApiException(HttpStatus.NOT_FOUND, unknown.getMessage());
        }
        view.put("success", true);
        return view;
    }

    @GetMapping(path = "/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Server-Sent Events: 'ready' once, then an 'execution' event (its list row) for each change")
    SseEmitter events() {
        return events.subscribe();
    }

    private static int whole(String name, String raw, int fallback, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // the message below says what is expected
        }
        throw ApiException.badRequest(name + " must be a whole number from " + min + " to " + max);
    }
}
