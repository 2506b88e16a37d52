package piggyback.api.admin.jobs;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import piggyback.api.web.ApiException;
import piggyback.api.web.JsonBody;
import piggyback.batch.download.DownloadFailure;
import piggyback.batch.download.SourceUrls;
import piggyback.batch.ingest.Ingests;
import piggyback.batch.playlists.PlaylistSchedules;
import piggyback.storage.videos.Videos;

/** Reads what an admin asks to ingest and starts it: a video by URL, or a playlist. */
@Component
public class IngestSources {

    static final int MAX_INTERVAL = 300;

    private final SourceUrls urls;
    private final Ingests ingests;
    private final PlaylistSchedules playlists;
    private final Videos videos;

    IngestSources(SourceUrls urls, Ingests ingests, PlaylistSchedules playlists, Videos videos) {
        this.urls = urls;
        this.ingests = ingests;
        this.playlists = playlists;
        this.videos = videos;
    }

    /** A started run: its execution, its job and, for a video, the video's id. */
    public record Launched(long executionId, String jobName, String videoId) {
    }

    /**
     * {@code {"type": "ingestVideo" | "ingestPlaylist", "url", "interval_seconds"?, "start_seconds"?}}; an
     * ingestVideo with {@code video_id} instead of {@code url} runs the pipeline on a stored (uploaded) video.
     */
    Launched start(JsonBody body, String requestedBy) {
        String type = body.text("type", 40);
        String url = body.text("url", 2000);
        int interval = intervalSeconds(body.scalarText("interval_seconds", 10));
        int start = startSeconds(body.scalarText("start_seconds", 10));
        String job = type == null ? "" : type.trim();
        return switch (job) {
            case Ingests.INGEST_VIDEO -> {
                String storedId = body.text("video_id", 64);
                Ingests.Started started = RunRefusals.mapped(() -> (url == null || url.isBlank()) && storedId != null
                        ? ingests.stored(storedVideo(storedId), interval, start, requestedBy)
                        : download(() -> ingests.video(url, interval, start, requestedBy)));
                yield new Launched(started.executionId(), job, started.videoId());
            }
            case PlaylistSchedules.INGEST_PLAYLIST -> new Launched(
                    RunRefusals.mapped(() -> playlists.ingestOnce(playlistUrl(url), interval)), job, null);
            default -> throw ApiException.badRequest("type must be ingestVideo, ingestPlaylist or purgeExpiredData");
        };
    }

    /** A video already in the store (an upload), to run the rest of the pipeline on. */
    private String storedVideo(String videoId) {
        String id = videoId.trim();
        if (videos.find(id).isEmpty()) {
            throw ApiException.notFound("No video with id " + id);
        }
        return id;
    }

    /** Runs the pipeline on a video already in the store (an upload). */
    public Launched stored(String videoId, int intervalSeconds, String requestedBy) {
        Ingests.Started started = RunRefusals.mapped(() -> ingests.stored(videoId, intervalSeconds, 0, requestedBy));
        return new Launched(started.executionId(), Ingests.INGEST_VIDEO, started.videoId());
    }

    /** A playlist address, checked against the allowed hosts like any download. */
    String playlistUrl(String raw) {
        return download(() -> urls.parse(raw)).text();
    }

    /** Segment length: 1–300 s, 60 when absent (the admin page's range). */
    public static int intervalSeconds(String raw) {
        return bounded(raw, "interval_seconds", 60, 1, MAX_INTERVAL);
    }

    static int startSeconds(String raw) {
        return bounded(raw, "start_seconds", 0, 0, 24 * 3600);
    }

    private static int bounded(String raw, String name, int fallback, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        int value;
        try {
            value = Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a whole number");
        }
        if (value < min || value > max) {
            throw ApiException.badRequest(name + " must be between " + min + " and " + max);
        }
        return value;
    }

    /** A download refusal (bad address, yt-dlp failure) is the admin's 400, with its code and hint. */
    private static <T> T download(Supplier<T> action) {
        try {
            return action.get();
        } catch (DownloadFailure failure) {
            throw ApiException.badRequest(failure.getMessage())
                    .with("error_code", failure.error().code())
                    .with("recovery_hint", failure.hint());
        }
    }
}
