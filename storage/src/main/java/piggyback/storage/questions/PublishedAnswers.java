package piggyback.storage.questions;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The answer keys of published questions, so that a child's device can have its answer graded by question id
 * without ever holding the key. Drafts, sets in review and trashed questions are not found.
 */
@Repository
public class PublishedAnswers {

    private final JdbcClient jdbc;

    PublishedAnswers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PublishedAnswer> find(long questionId) {
        return jdbc.sql("""
                SELECT q.question_id, s.video_id, q.question, q.answer
                FROM question_set_questions q JOIN question_sets s ON s.set_id = q.set_id
                WHERE q.question_id = ? AND s.status = 'published' AND NOT q.trashed""")
                .param(questionId)
                .query((rs, n) -> new PublishedAnswer(rs.getLong("question_id"), rs.getString("video_id"),
                        rs.getString("question"), rs.getString("answer")))
                .optional();
    }
}
