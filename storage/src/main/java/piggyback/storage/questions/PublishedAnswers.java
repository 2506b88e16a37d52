package piggyback.storage.questions;

import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The answer keys of published questions, so that a child's device can have its answer graded by question id
 * without ever holding the key. Drafts, sets in review and trashed questions are not found. A published question
 * never changes, so a key once found is kept in memory; one not found is asked again (it may be published later).
 */
@Repository
public class PublishedAnswers {

    /** Keys kept: a few hundred bytes each. */
    static final int KEYS_KEPT = 50_000;

    private final JdbcClient jdbc;
    private final Cache<Long, PublishedAnswer> known = Caffeine.newBuilder().maximumSize(KEYS_KEPT).build();

    PublishedAnswers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PublishedAnswer> find(long questionId) {
        PublishedAnswer kept = known.getIfPresent(questionId);
        if (kept != null) {
            return Optional.of(kept);
        }
        Optional<PublishedAnswer> found = jdbc.sql("""
                SELECT q.question_id, s.video_id, q.question, q.answer
                FROM question_set_questions q JOIN question_sets s ON s.set_id = q.set_id
                WHERE q.question_id = ? AND s.status = 'published' AND NOT q.trashed""")
                .param(questionId)
                .query((rs, n) -> new PublishedAnswer(rs.getLong("question_id"), rs.getString("video_id"),
                        rs.getString("question"), rs.getString("answer")))
                .optional();
        found.ifPresent(key -> known.put(questionId, key));
        return found;
    }
}
