package piggyback.storage.videos;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** How far each video's frames and questions have come, counted from the pipeline's rows. */
@Repository
public class VideoProgress {

    /** Frames stored and segments with generated questions, per video. */
    public record Counts(int frames, int generatedSegments) {
    }

    private final JdbcClient jdbc;

    VideoProgress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, Counts> all() {
        return jdbc.sql("""
                SELECT v.video_id,
                       (SELECT COUNT(*) FROM frames f WHERE f.video_id = v.video_id) AS frames,
                       (SELECT COUNT(*) FROM segments s WHERE s.video_id = v.video_id AND s.status = 'generated')
                           AS generated
                FROM videos v""")
                .query((rs, n) -> Map.entry(rs.getString("video_id"),
                        new Counts(rs.getInt("frames"), rs.getInt("generated"))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
