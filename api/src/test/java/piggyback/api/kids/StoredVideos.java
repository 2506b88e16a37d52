package piggyback.api.kids;

import java.time.LocalDateTime;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import piggyback.storage.videos.Assignments;

/**
 * Video rows for the kids' tests, written straight into the table; assignments go through the
 * repository, as the admin's do, so instances drop what they kept about who may see what.
 */
public final class StoredVideos {

    private final JdbcClient jdbc;
    private final Assignments assignments;

    public StoredVideos(JdbcClient jdbc, Assignments assignments) {
        this.jdbc = jdbc;
        this.assignments = assignments;
    }

    /** A video whose source file is recorded as stored; returns its fresh id. */
    public String downloaded(String title, String thumbnailUrl, Double durationSeconds) {
        return insert(title, thumbnailUrl, durationSeconds, "downloaded", 1234L);
    }

    /** A video in the given pipeline status, with or without a recorded source size. */
    public String insert(String title, String thumbnailUrl, Double durationSeconds, String status, Long sourceSize) {
        String id = "vid_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        LocalDateTime now = LocalDateTime.now();
        jdbc.sql("""
                INSERT INTO videos (video_id, source_kind, title, thumbnail_url, duration_seconds, status, source_size,
                                    created_at, updated_at)
                VALUES (?, 'youtube', ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, title, thumbnailUrl, durationSeconds, status, sourceSize, now, now).update();
        return id;
    }

    public void assign(String videoId, String expertId) {
        assignments.assign(videoId, expertId, "admin");
    }
}
