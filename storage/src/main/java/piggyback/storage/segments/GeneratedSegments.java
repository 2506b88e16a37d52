package piggyback.storage.segments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import piggyback.storage.UtcTime;

/**
 * The segments of a video and their AI questions (segments, generated_questions). A segment is
 * always written whole: its row and its questions replace the old ones in one transaction, so a
 * re-run or a resubmission never leaves duplicates or a half-written segment.
 */
@Repository
public class GeneratedSegments {

    private static final int DETAIL_LENGTH = 2000;

    private final JdbcClient jdbc;

    GeneratedSegments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Replaces one segment (its companion variants go with its old questions). Read committed:
     * under repeatable read, deleting rows that are not there yet locks the gap they would go in,
     * and the questions step's parallel partitions then deadlock on each other's inserts.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void replace(String videoId, GeneratedSegment segment) {
        write(videoId, segment);
    }

    /** Replaces several segments of a video together: all of them are written, or none. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void replaceAll(String videoId, List<GeneratedSegment> segments) {
        segments.forEach(segment -> write(videoId, segment));
    }

    /** The video's segments with their questions, in time order. */
    public List<GeneratedSegment> of(String videoId) {
        Map<Integer, List<GeneratedQuestion>> questions = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT start_second, category, question, answer, llm_rank FROM generated_questions
                WHERE video_id = ? ORDER BY start_second, COALESCE(llm_rank, 999), category""")
                .param(videoId)
                .query(rs -> {
                    questions.computeIfAbsent(rs.getInt("start_second"), s -> new ArrayList<>())
                            .add(new GeneratedQuestion(rs.getString("category"), rs.getString("question"),
                                    rs.getString("answer"), rs.getObject("llm_rank", Integer.class)));
                });
        return jdbc.sql("""
                SELECT start_second, end_second, status, generator, best_question, error_reason, error_detail, attempts
                FROM segments WHERE video_id = ? ORDER BY start_second""")
                .param(videoId)
                .query((rs, n) -> new GeneratedSegment(rs.getInt("start_second"), rs.getInt("end_second"),
                        rs.getString("status"), rs.getString("generator"), rs.getString("best_question"),
                        rs.getString("error_reason"), rs.getString("error_detail"), rs.getInt("attempts"),
                        questions.getOrDefault(rs.getInt("start_second"), List.of())))
                .list();
    }

    /** How many segments of all videos have each status (generated, failed, pending). */
    public Map<String, Integer> countsByStatus() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT status, COUNT(*) FROM segments GROUP BY status")
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                });
        return counts;
    }

    public Optional<GeneratedSegment> find(String videoId, int start) {
        return of(videoId).stream().filter(segment -> segment.start() == start).findFirst();
    }

    /**
     * The segment row is upserted first: that locks it, existing or new, so two writers of one
     * segment (a partition delivered twice) take turns instead of colliding on its key; its old
     * questions, and their companion variants, then go before the new ones are written.
     */
    private void write(String videoId, GeneratedSegment segment) {
        jdbc.sql("""
                INSERT INTO segments (video_id, start_second, end_second, status, generator, best_question,
                                      error_reason, error_detail, attempts, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE end_second = VALUES(end_second), status = VALUES(status),
                    generator = VALUES(generator), best_question = VALUES(best_question),
                    error_reason = VALUES(error_reason), error_detail = VALUES(error_detail),
                    attempts = VALUES(attempts), updated_at = VALUES(updated_at)""")
                .params(videoId, segment.start(), segment.end(), segment.status(), segment.generator(),
                        segment.bestQuestion(), segment.errorReason(), clip(segment.errorDetail()),
                        segment.attempts(), UtcTime.now())
                .update();
        jdbc.sql("DELETE FROM generated_questions WHERE video_id = ? AND start_second = ?")
                .params(videoId, segment.start()).update();
        for (GeneratedQuestion question : segment.questions()) {
            jdbc.sql("""
                    INSERT INTO generated_questions (video_id, start_second, category, question, answer, llm_rank)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(videoId, segment.start(), question.category(), question.question(), question.answer(),
                            question.llmRank())
                    .update();
        }
    }

    /** Error details are diagnostics (provider messages can be long); the start is what matters. */
    private static String clip(String detail) {
        return detail == null || detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH);
    }
}
