package piggyback.storage.videos;

import java.time.LocalDateTime;

/**
 * A video and how far the pipeline has brought it.
 *
 * @param sourceKind  youtube, upload or url
 * @param status      registered, downloaded, frames_ready, questions_ready, ready or failed
 */
public record Video(String videoId, String sourceKind, String sourceUrl, String title, String thumbnailUrl,
                    Double durationSeconds, String status, Long sourceSize, String sourceSha256,
                    String subtitleWarning, Integer frameCount, Double fps,
                    LocalDateTime createdAt, LocalDateTime updatedAt) {

    /** The object-store key of the downloaded or uploaded video. */
    public String sourceKey() {
        return MediaKeys.source(videoId);
    }
}
