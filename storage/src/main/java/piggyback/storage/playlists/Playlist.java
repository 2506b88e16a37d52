package piggyback.storage.playlists;

import java.time.LocalDateTime;

/** A playlist to ingest; {@code cron} is null for a playlist ingested only on demand. */
public record Playlist(long playlistId, String url, String cron, int intervalSeconds, String createdBy,
                       LocalDateTime createdAt, LocalDateTime updatedAt) {
}
