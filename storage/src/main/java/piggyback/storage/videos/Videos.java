package piggyback.storage.videos;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import piggyback.storage.UtcTime;

/** The videos table. */
@Repository
public class Videos {

    private static final RowMapper<Video> ROW = (rs, n) -> new Video(
            rs.getString("video_id"), rs.getString("source_kind"), rs.getString("source_url"),
            rs.getString("title"), rs.getString("thumbnail_url"), rs.getObject("duration_seconds", Double.class),
            rs.getString("status"), rs.getObject("source_size", Long.class), rs.getString("source_sha256"),
            rs.getString("subtitle_warning"), rs.getObject("frame_count", Integer.class),
            rs.getObject("fps", Double.class),
            rs.getObject("created_at", LocalDateTime.class), rs.getObject("updated_at", LocalDateTime.class));

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Videos(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public List<Video> all() {
        return jdbc.sql("SELECT * FROM videos ORDER BY video_id").query(ROW).list();
    }

    /**
     * The videos whose source file is in the store, in id order: a recorded size, or a status the
     * pipeline only reaches after the download (a failed video counts only with a recorded size).
     */
    public List<Video> withStoredSource() {
        return jdbc.sql("""
                SELECT * FROM videos
                WHERE source_size IS NOT NULL OR status IN ('downloaded', 'frames_ready', 'questions_ready', 'ready')
                ORDER BY video_id""").query(ROW).list();
    }

    public Optional<Video> find(String videoId) {
        return jdbc.sql("SELECT * FROM videos WHERE video_id = ?").param(videoId).query(ROW).optional();
    }

    public boolean exists(String videoId) {
        return jdbc.sql("SELECT COUNT(*) FROM videos WHERE video_id = ?").param(videoId)
                .query(Integer.class).single() > 0;
    }

    /**
     * Locks the video's row until the transaction ends, so changes that depend on what other
     * sessions do to the same video (claims, review saves) take turns.
     *
     * @return whether the video exists
     */
    public boolean lockForUpdate(String videoId) {
        return jdbc.sql("SELECT video_id FROM videos WHERE video_id = ? FOR UPDATE").param(videoId)
                .query(String.class).optional().isPresent();
    }

    /** Registers a video, or refreshes its source and metadata when it is already known. */
    public void upsert(String videoId, String sourceKind, String sourceUrl, String title, String thumbnailUrl,
                       Double durationSeconds) {
        LocalDateTime now = UtcTime.now();
        jdbc.sql("""
                INSERT INTO videos (video_id, source_kind, source_url, title, thumbnail_url, duration_seconds,
                                    status, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, 'registered', ?, ?)
                ON DUPLICATE KEY UPDATE source_kind = VALUES(source_kind), source_url = VALUES(source_url),
                    title = VALUES(title), thumbnail_url = VALUES(thumbnail_url),
                    duration_seconds = VALUES(duration_seconds), updated_at = VALUES(updated_at)""")
                .params(videoId, sourceKind, sourceUrl, title, thumbnailUrl, durationSeconds, now, now).update();
    }

    /** Records the stored source file (size and checksum let a re-run skip the download). */
    public void recordSource(String videoId, long size, String sha256, Double durationSeconds, Double fps) {
        jdbc.sql("""
                UPDATE videos SET source_size = ?, source_sha256 = ?,
                                  duration_seconds = COALESCE(?, duration_seconds), fps = COALESCE(?, fps),
                                  status = 'downloaded', updated_at = ?
                WHERE video_id = ?""")
                .params(size, sha256, durationSeconds, fps, UtcTime.now(), videoId).update();
    }

    public void setStatus(String videoId, String status) {
        jdbc.sql("UPDATE videos SET status = ?, updated_at = ? WHERE video_id = ?")
                .params(status, UtcTime.now(), videoId).update();
    }

    public void setSubtitleWarning(String videoId, String warning) {
        jdbc.sql("UPDATE videos SET subtitle_warning = ?, updated_at = ? WHERE video_id = ?")
                .params(warning, UtcTime.now(), videoId).update();
    }

    public void setFrameCount(String videoId, int frameCount) {
        jdbc.sql("UPDATE videos SET frame_count = ?, updated_at = ? WHERE video_id = ?")
                .params(frameCount, UtcTime.now(), videoId).update();
    }

    public boolean delete(String videoId) {
        boolean deleted = jdbc.sql("DELETE FROM videos WHERE video_id = ?").param(videoId).update() == 1;
        events.publishEvent(new VideoAccessChanged());
        return deleted;
    }
}
