package piggyback.storage.videos;

import java.util.Collection;
import java.util.List;
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

    /**
     * A video's work so far, for progress bars: frames stored, segments with an outcome (of which
     * failed), and the video's length (null until the download knows it).
     */
    public record Work(int frames, int segmentsDone, int segmentsFailed, Double durationSeconds) {
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

    /** The work done on these videos; a video without a row is missing from the map. */
    public Map<String, Work> of(Collection<String> videoIds) {
        if (videoIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                SELECT v.video_id, v.duration_seconds,
                       (SELECT COUNT(*) FROM frames f WHERE f.video_id = v.video_id) AS frames,
                       (SELECT COUNT(*) FROM segments s WHERE s.video_id = v.video_id AND s.status <> 'pending') AS done,
                       (SELECT COUNT(*) FROM segments s WHERE s.video_id = v.video_id AND s.status = 'failed') AS failed
                FROM videos v WHERE v.video_id IN (:ids)""")
                .param("ids", List.copyOf(videoIds))
                .query((rs, n) -> Map.entry(rs.getString("video_id"), new Work(rs.getInt("frames"), rs.getInt("done"),
                        rs.getInt("failed"), rs.getObject("duration_seconds", Double.class))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
