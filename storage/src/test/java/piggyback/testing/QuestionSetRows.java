package piggyback.testing;

import java.time.LocalDateTime;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes a video with a one-segment question set for tests, straight in SQL, so tests of readers do not
 * depend on how question sets are edited and published.
 */
public final class QuestionSetRows {

    private final JdbcClient jdbc;

    public QuestionSetRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new video (id returned) with nothing else. */
    public String newVideo() {
        String videoId = "vid_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        LocalDateTime now = LocalDateTime.now();
        jdbc.sql("""
                INSERT INTO videos (video_id, source_kind, title, status, created_at, updated_at)
                VALUES (?, 'youtube', 'A test video', 'registered', ?, ?)""").params(videoId, now, now).update();
        return videoId;
    }

    /**
     * Adds a question set version with one segment and one question to the video.
     *
     * @param status draft, in_review or published
     * @return the question's id
     */
    public long question(String videoId, String status, boolean trashed, String question, String answer) {
        LocalDateTime now = LocalDateTime.now();
        int version = jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM question_sets WHERE video_id = ?")
                .param(videoId).query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO question_sets (video_id, version, status, created_at, updated_at, published_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(videoId, version, status, now, now, status.equals("published") ? now : null).update();
        long setId = jdbc.sql("SELECT set_id FROM question_sets WHERE video_id = ? AND version = ?")
                .params(videoId, version).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO question_set_segments (set_id, segment_index, start_seconds, end_seconds)
                VALUES (?, 0, 0, 60)""").param(setId).update();
        jdbc.sql("""
                INSERT INTO question_set_questions (set_id, segment_index, question_type, question, answer, source,
                                                    trashed, updated_at)
                VALUES (?, 0, 'feeling', ?, ?, 'expert', ?, ?)""")
                .params(setId, question, answer, trashed, now).update();
        return jdbc.sql("SELECT question_id FROM question_set_questions WHERE set_id = ?")
                .param(setId).query(Long.class).single();
    }
}
