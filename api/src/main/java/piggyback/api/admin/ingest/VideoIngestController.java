package piggyback.api.admin.ingest;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Bringing videos in: a download by address or an admin's upload (docs/api-contract.md#admin). */
@RestController
@Tag(name = "admin")
class VideoIngestController {

    private final VideoIngests ingests;

    VideoIngestController(VideoIngests ingests) {
        this.ingests = ingests;
    }

    // a form, as the seed says; no "consumes", so a request without the field is a 422, whatever its type
    @PostMapping("/api/download")
    @Operation(summary = "Download a YouTube video via yt-dlp")
    Map<String, Object> download(@RequestParam String url) {
        return ingests.download(url);
    }

    @PostMapping(path = "/api/admin/videos/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a video file and ingest it like a download")
    Map<String, Object> upload(@RequestParam("file") MultipartFile file,
                               @RequestParam(required = false) String title,
                               @RequestParam(name = "video_id", required = false) String videoId) {
        return ingests.upload(file, title, videoId);
    }
}
