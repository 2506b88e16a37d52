package piggyback.storage.videos;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The frames table: one row per stored frame, keyed by (video, second), so re-runs overwrite. */
@Repository
public class Frames {

    private final JdbcClient jdbc;

    Frames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void upsertAll(String videoId, List<FrameRow> rows) {
        for (FrameRow row : rows) {
            jdbc.sql("""
                    INSERT INTO frames (video_id, second, width, height, subtitle_text) VALUES (?, ?, ?, ?, ?)
                    ON DUPLICATE KEY UPDATE width = VALUES(width), height = VALUES(height),
                                            subtitle_text = VALUES(subtitle_text)""")
                    .params(videoId, row.second(), row.width(), row.height(), row.subtitleText()).update();
        }
    }

    public int count(String videoId) {
        return jdbc.sql("SELECT COUNT(*) FROM frames WHERE video_id = ?").param(videoId).query(Integer.class).single();
    }

    /** The frames with {@code from ≤ second ≤ to}, in order. */
    public List<FrameRow> between(String videoId, int from, int to) {
        return jdbc.sql("SELECT second, width, height, subtitle_text FROM frames"
                        + " WHERE video_id = ? AND second BETWEEN ? AND ? ORDER BY second")
                .params(videoId, from, to)
                .query((rs, n) -> new FrameRow(rs.getInt("second"), rs.getInt("width"), rs.getInt("height"),
                        rs.getString("subtitle_text")))
                .list();
    }
}
