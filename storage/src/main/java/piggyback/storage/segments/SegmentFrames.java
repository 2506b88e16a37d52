package piggyback.storage.segments;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The frames rows of a stretch of a video, as question generation needs them. */
@Repository
public class SegmentFrames {

    private final JdbcClient jdbc;

    SegmentFrames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The frames of seconds {@code first} … {@code last} (both included), in time order. */
    public List<FrameText> between(String videoId, int first, int last) {
        return jdbc.sql("""
                SELECT second, subtitle_text FROM frames
                WHERE video_id = ? AND second BETWEEN ? AND ? ORDER BY second""")
                .params(videoId, first, last)
                .query((rs, n) -> new FrameText(rs.getInt("second"), rs.getString("subtitle_text"))).list();
    }

    /** How many frames the video has. */
    public int count(String videoId) {
        return jdbc.sql("SELECT COUNT(*) FROM frames WHERE video_id = ?").param(videoId).query(Integer.class).single();
    }
}
