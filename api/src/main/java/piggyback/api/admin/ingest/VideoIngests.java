package piggyback.api.admin.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import piggyback.api.audit.AdminAudit;
import piggyback.api.web.ApiException;
import piggyback.api.web.Ids;
import piggyback.batch.download.DownloadError;
import piggyback.batch.download.DownloadFailure;
import piggyback.batch.download.SourceDownload;
import piggyback.batch.download.SourceUrl;
import piggyback.batch.download.SourceUrls;
import piggyback.batch.download.StoredSource;
import piggyback.batch.VideoIds;
import piggyback.batch.download.VideoMetadata;
import piggyback.batch.download.WorkFolder;
import piggyback.batch.subtitles.SubtitleImport;
import piggyback.batch.subtitles.SubtitleOutcome;
import piggyback.storage.videos.Video;
import piggyback.storage.videos.Videos;

/**
 * The seed's synchronous ingest routes: they run the download and subtitles steps' work
 * ({@link SourceDownload}, {@link SubtitleImport}) in the request, not the Batch job, and answer
 * with its outcome (docs/architecture.md#the-job-graph).
 */
@Service
class VideoIngests {

    private static final Logger log = LoggerFactory.getLogger(VideoIngests.class);
    /** The size of videos.title. */
    static final int MAX_TITLE = 500;

    private final SourceUrls urls;
    private final SourceDownload download;
    private final SubtitleImport subtitles;
    private final Videos videos;
    private final AdminAudit audit;

    VideoIngests(SourceUrls urls, SourceDownload download, SubtitleImport subtitles, Videos videos, AdminAudit audit) {
        this.urls = urls;
        this.download = download;
        this.subtitles = subtitles;
        this.videos = videos;
        this.audit = audit;
    }

    /** As the seed's route: every outcome, failures included, is an answer (the route always says 200). */
    Map<String, Object> download(String url) {
        IngestReplies.Known known = IngestReplies.Known.NOTHING;
        List<String> usedPlayerClient = List.of();
        try {
            SourceUrl source = urls.parse(url);
            VideoMetadata metadata = download.probe(source);
            String videoId = VideoIds.fromToolId(metadata.id());
            known = new IngestReplies.Known(videoId, metadata.title(), metadata.thumbnailUrl(), metadata.duration());
            StoredSource stored = download.fromUrl(videoId, source, metadata);
            usedPlayerClient = stored.usedPlayerClient();
            SubtitleOutcome subtitleOutcome = subtitles.importFor(videoId, source, usedPlayerClient);
            audit.record("video.download", "video", videoId, source.text());
            return IngestReplies.success("Video downloaded successfully.", row(videoId), stored, subtitleOutcome,
                    download.authSource());
        } catch (DownloadFailure failure) {
            return IngestReplies.failure(known, failure, download.authSource(), usedPlayerClient);
        } catch (RuntimeException e) {
            log.error("download of {} failed unexpectedly", url, e);
            return IngestReplies.failure(known, new DownloadFailure(DownloadError.UNEXPECTED_ERROR,
                    "Unexpected error; the server log has the details."), download.authSource(), usedPlayerClient);
        }
    }

    /**
     * An uploaded file becomes a video like a download. A file that is not a
     * playable video is refused (400) and nothing of it is kept.
     */
    Map<String, Object> upload(MultipartFile file, String title, String requestedId) {
        String videoId = videoIdFor(requestedId);
        if (file.isEmpty()) {
            throw ApiException.badRequest("file is empty");
        }
        String videoTitle = titleFor(title, file.getOriginalFilename(), videoId);
        StoredSource stored;
        try (WorkFolder work = WorkFolder.create("pb-upload-")) {
            // the multipart file is on disk already: moved, never read into memory
            Path copy = work.path().resolve("upload");
            file.transferTo(copy);
            stored = download.fromUpload(videoId, copy, videoTitle);
        } catch (DownloadFailure failure) {
            throw ApiException.badRequest(failure.getMessage()).with("error_code", failure.error().code())
                    .with("recovery_hint", failure.hint());
        } catch (IOException e) {
            log.warn("upload for {} could not be stored for reading", videoId, e);
            throw ApiException.badRequest("The upload could not be read.");
        }
        SubtitleOutcome subtitleOutcome = subtitles.importFor(videoId, null, List.of());
        audit.record("video.upload", "video", videoId, file.getSize() + " bytes");
        return IngestReplies.success("Video uploaded successfully.", row(videoId), stored, subtitleOutcome, "none");
    }

    private String videoIdFor(String requested) {
        if (requested == null || requested.isBlank()) {
            return VideoIds.newUploadId();
        }
        String videoId = requested.trim();
        if (!Ids.isVideoId(videoId)) {
            throw ApiException.badRequest("video_id must be 1 to 64 letters, digits, '_' or '-'");
        }
        if (videos.exists(videoId)) {
            throw ApiException.conflict("video_id " + videoId + " already exists");
        }
        return videoId;
    }

    /** The given title, else the file's name without its extension, else the id. */
    private static String titleFor(String title, String fileName, String videoId) {
        if (title != null && !title.isBlank()) {
            String trimmed = title.trim();
            if (trimmed.length() > MAX_TITLE) {
                throw ApiException.badRequest("title must be at most " + MAX_TITLE + " characters");
            }
            return trimmed;
        }
        String name = fileName == null ? ""
                : fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        name = (dot > 0 ? name.substring(0, dot) : name).strip();
        if (name.isEmpty()) {
            return videoId;
        }
        return name.length() > MAX_TITLE ? name.substring(0, MAX_TITLE) : name;
    }

    private Video row(String videoId) {
        return videos.find(videoId).orElseThrow(() -> new IllegalStateException("video " + videoId + " was not recorded"));
    }
}
