package piggyback.api.admin.ingest;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import piggyback.api.admin.jobs.IngestSources;
import piggyback.api.audit.AdminAudit;
import piggyback.api.security.Caller;
import piggyback.api.security.CurrentCaller;
import piggyback.api.web.BooleanParameter;

/** Bringing videos in: a download by address or an admin's upload (docs/api-contract.md#admin). */
@RestController
@Tag(name = "admin")
class VideoIngestController {

    private final VideoIngests ingests;
    private final IngestSources sources;
    private final AdminAudit audit;

    VideoIngestController(VideoIngests ingests, IngestSources sources, AdminAudit audit) {
        this.ingests = ingests;
        this.sources = sources;
        this.audit = audit;
    }

    // a form, as the seed says; no "consumes", so a request without the field is a 422, whatever its type
    @PostMapping("/api/download")
    @Operation(summary = "Download a YouTube video via yt-dlp")
    Map<String, Object> download(@RequestParam String url) {
        return ingests.download(url);
    }

    /**
     * Stores the file and, unless {@code ingest=false}, starts its ingest at once (202 with the
     * run's {@code execution_id}, as {@code POST /api/admin/jobs} answers); the segment length is
     * checked before anything is stored.
     */
    @PostMapping(path = "/api/admin/videos/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a video file and start its ingest (ingest=false only stores it)")
    ResponseEntity<Map<String, Object>> upload(@CurrentCaller Caller caller, @RequestParam("file") MultipartFile file,
                                               @RequestParam(required = false) String title,
                                               @RequestParam(name = "video_id", required = false) String videoId,
                                               @RequestParam(required = false) String ingest,
                                               @RequestParam(name = "interval_seconds", required = false)
                                               String intervalSeconds) {
        boolean storeOnly = ingest != null && !BooleanParameter.parse("ingest", ingest);
        int interval = IngestSources.intervalSeconds(intervalSeconds);
        Map<String, Object> stored = ingests.upload(file, title, videoId);
        if (storeOnly) {
            return ResponseEntity.ok(stored);
        }
        IngestSources.Launched launched = sources.stored((String) stored.get("video_id"), interval, caller.auditId());
        audit.record("job.start", "job", Long.toString(launched.executionId()),
                launched.jobName() + " video=" + launched.videoId());
        stored.put("execution_id", launched.executionId());
        stored.put("job", launched.jobName());
        return ResponseEntity.accepted().body(stored);
    }
}
