package piggyback.storage.questions;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Where each video's review stands, for lists of videos: one query, not one per video. */
@Repository
public class ReviewOverview {

    /**
     * @param aiQuestions      how many AI questions the pipeline generated
     * @param workingStatus    draft or in_review when a working set exists, else null
     * @param publishedVersion the newest published version, or null
     */
    public record State(int aiQuestions, String workingStatus, Integer publishedVersion) {
        static final State NONE = new State(0, null, null);
    }

    private final JdbcClient jdbc;

    ReviewOverview(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** By video id; videos with nothing generated or reviewed are missing (use {@link #of}). */
    public Map<String, State> all() {
        Map<String, State> states = new HashMap<>();
        jdbc.sql("""
                SELECT v.video_id,
                       (SELECT COUNT(*) FROM generated_questions q WHERE q.video_id = v.video_id) AS ai_questions,
                       (SELECT MAX(s.status) FROM question_sets s
                         WHERE s.video_id = v.video_id AND s.status IN ('draft', 'in_review')) AS working,
                       (SELECT MAX(s.version) FROM question_sets s
                         WHERE s.video_id = v.video_id AND s.status = 'published') AS published
                FROM videos v""")
                .query(rs -> {
                    states.put(rs.getString("video_id"), new State(rs.getInt("ai_questions"), rs.getString("working"),
                            rs.getObject("published", Integer.class)));
                });
        return states;
    }

    public static State of(Map<String, State> states, String videoId) {
        return states.getOrDefault(videoId, State.NONE);
    }
}
