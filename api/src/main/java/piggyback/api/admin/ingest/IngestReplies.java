package piggyback.api.admin.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import piggyback.api.web.Json;
import piggyback.batch.download.DownloadFailure;
import piggyback.batch.download.StoredSource;
import piggyback.batch.subtitles.SubtitleOutcome;
import piggyback.storage.videos.Video;

/** The outcome object of {@code /api/download} (the reference's, with the seed's extras), also answered by uploads. */
final class IngestReplies {

    /** What is known of the video when something fails: the fields set so far are kept. */
    record Known(String videoId, String title, String thumbnail, Double duration) {
        static final Known NOTHING = new Known(null, null, null, null);
    }

    private IngestReplies() {
    }

    static Map<String, Object> success(String message, Video video, StoredSource stored, SubtitleOutcome subtitles,
                                       String authSource) {
        List<String> files = new ArrayList<>(stored.files());
        if (subtitles.stored()) {
            files.add("subtitles/en.vtt");
        }
        Map<String, Object> reply = Json.obj("success", true, "message", message, "video_id", video.videoId(),
                "title", video.title(), "thumbnail", video.thumbnailUrl() == null ? "" : video.thumbnailUrl(),
                "files", files.stream().sorted().toList(), "duration", seconds(video.durationSeconds()),
                "local_path", "/downloads/" + video.videoId() + "/source.mp4");
        if (subtitles.warning() != null) {
            reply.put("subtitle_warning", subtitles.warning());
        }
        reply.put("auth_source", authSource);
        reply.put("used_player_client", stored.usedPlayerClient());
        return reply;
    }

    static Map<String, Object> failure(Known known, DownloadFailure failure, String authSource,
                                       List<String> usedPlayerClient) {
        Map<String, Object> reply = Json.obj("success", false, "message", failure.getMessage(),
                "video_id", known.videoId(), "title", known.title(), "thumbnail", known.thumbnail(), "files", List.of());
        if (known.duration() != null) {
            reply.put("duration", seconds(known.duration()));
        }
        reply.put("error_code", failure.error().code());
        reply.put("recovery_hint", failure.hint());
        reply.put("auth_source", authSource);
        reply.put("used_player_client", usedPlayerClient);
        return reply;
    }

    /** Whole seconds, as the reference reports yt-dlp's duration; 0 when unknown. */
    private static long seconds(Double duration) {
        return duration == null ? 0 : Math.round(duration);
    }
}
