package piggyback.storage.companions;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each companion's wording of the generated questions (companion_variants), keyed by
 * (video, segment, category, companion): writing a variant again replaces it.
 */
@Repository
public class CompanionVariants {

    /** Every question of a generated segment gets one variant per companion. */
    private static final int COMPANIONS = 3;

    private final JdbcClient jdbc;

    CompanionVariants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void upsert(String videoId, List<CompanionVariant> variants) {
        for (CompanionVariant variant : variants) {
            jdbc.sql("""
                    INSERT INTO companion_variants (video_id, start_second, category, companion, question, answer,
                                                    generator)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON DUPLICATE KEY UPDATE question = VALUES(question), answer = VALUES(answer),
                                            generator = VALUES(generator)""")
                    .params(videoId, variant.start(), variant.category(), variant.companion(), variant.question(),
                            variant.answer(), variant.generator())
                    .update();
        }
    }

    /** The video's variants, by segment, category and companion. */
    public List<CompanionVariant> of(String videoId) {
        return jdbc.sql("""
                SELECT start_second, category, companion, question, answer, generator FROM companion_variants
                WHERE video_id = ? ORDER BY start_second, category, companion""")
                .param(videoId)
                .query((rs, n) -> new CompanionVariant(rs.getInt("start_second"), rs.getString("category"),
                        rs.getString("companion"), rs.getString("question"), rs.getString("answer"),
                        rs.getString("generator")))
                .list();
    }

    /** The generated segments whose questions do not all have a variant of every companion yet. */
    public List<Integer> segmentsMissingVariants(String videoId) {
        return jdbc.sql("""
                SELECT q.start_second FROM generated_questions q
                JOIN segments s ON s.video_id = q.video_id AND s.start_second = q.start_second
                LEFT JOIN companion_variants v ON v.video_id = q.video_id AND v.start_second = q.start_second
                                              AND v.category = q.category
                WHERE q.video_id = ? AND s.status = 'generated'
                GROUP BY q.start_second
                HAVING COUNT(v.companion) < COUNT(DISTINCT q.category) * ?
                ORDER BY q.start_second""")
                .params(videoId, COMPANIONS)
                .query(Integer.class).list();
    }
}
