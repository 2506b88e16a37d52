package piggyback.storage.quiz;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import piggyback.storage.UtcTime;

/**
 * The quiz_attempts and quiz_attempt_details tables (docs/decisions/0019-quiz-attempts.md): an attempt and its
 * answers are written in one transaction, so a reader never sees an attempt without its answers.
 */
@Repository
public class QuizAttempts {

    private static final String DETAIL_VALUES = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final RowMapper<QuizAnswer> ANSWER = (rs, n) -> new QuizAnswer(
            rs.getString("question"), rs.getString("expected_answer"), rs.getString("user_answer"),
            rs.getString("status"), rs.getObject("similarity", Double.class), rs.getString("question_type"),
            rs.getString("answered_at"), rs.getObject("question_id", Long.class));

    private final JdbcClient jdbc;

    QuizAttempts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Saves the attempt and its answers; returns the new attempt's id. */
    @Transactional
    public long save(NewQuizAttempt attempt) {
        QuizScore score = attempt.score();
        Viewing viewing = attempt.viewing();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO quiz_attempts (child_id, video_id, attempted_at, questions_total, questions_correct,
                    questions_wrong, percentage, total_retries, avg_retries_per_question, watch_minutes,
                    interaction_mode, session_id, manual_pauses)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(attempt.childId(), attempt.videoId(), UtcTime.now(), score.total(), score.correct(),
                        score.wrong(), score.percentage(), score.totalRetries(), score.avgRetriesPerQuestion(),
                        viewing.watchMinutes(), viewing.interactionMode(), viewing.sessionId(),
                        viewing.manualPauses())
                .update(key);
        long attemptId = key.getKey().longValue();
        insertDetails(attemptId, attempt.details());
        return attemptId;
    }

    /** The child's attempts, oldest first, each with its answers. */
    public List<QuizAttempt> ofChild(String childId) {
        Map<Long, List<QuizAnswer>> answers = jdbc.sql("""
                SELECT d.* FROM quiz_attempt_details d JOIN quiz_attempts a ON a.attempt_id = d.attempt_id
                WHERE a.child_id = ? ORDER BY d.attempt_id, d.seq""")
                .param(childId)
                .query((rs, n) -> Map.entry(rs.getLong("attempt_id"), ANSWER.mapRow(rs, n)))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("SELECT * FROM quiz_attempts WHERE child_id = ? ORDER BY attempt_id")
                .param(childId)
                .query((rs, n) -> {
                    long attemptId = rs.getLong("attempt_id");
                    return new QuizAttempt(attemptId, rs.getObject("attempted_at", LocalDateTime.class),
                            rs.getString("child_id"), rs.getString("video_id"),
                            new QuizScore(rs.getInt("questions_total"), rs.getInt("questions_correct"),
                                    rs.getInt("questions_wrong"), rs.getDouble("percentage"),
                                    rs.getInt("total_retries"), rs.getDouble("avg_retries_per_question")),
                            new Viewing(rs.getObject("watch_minutes", Double.class), rs.getString("interaction_mode"),
                                    rs.getString("session_id"), rs.getObject("manual_pauses", Integer.class)),
                            List.copyOf(answers.getOrDefault(attemptId, List.of())));
                })
                .list();
    }

    /**
     * The first answers (graded correct, almost or wrong; retries left out) children gave while
     * watching the video, oldest first.
     */
    public List<VideoAnswer> firstAnswersTo(String videoId) {
        return jdbc.sql("""
                SELECT a.child_id, d.question_id, d.question, d.user_answer, d.status
                FROM quiz_attempt_details d JOIN quiz_attempts a ON a.attempt_id = d.attempt_id
                WHERE a.video_id = ? AND d.status IN ('correct', 'almost', 'wrong')
                ORDER BY d.attempt_id, d.seq""")
                .param(videoId)
                .query((rs, n) -> new VideoAnswer(rs.getString("child_id"), rs.getObject("question_id", Long.class),
                        rs.getString("question"), rs.getString("user_answer"), rs.getString("status")))
                .list();
    }

    /** Erases the child's history; returns how many attempts went (their answers go with them). */
    @Transactional
    public int deleteOfChild(String childId) {
        jdbc.sql("""
                DELETE d FROM quiz_attempt_details d JOIN quiz_attempts a ON a.attempt_id = d.attempt_id
                WHERE a.child_id = ?""").param(childId).update();
        return jdbc.sql("DELETE FROM quiz_attempts WHERE child_id = ?").param(childId).update();
    }

    /** Up to {@code limit} ids of attempts saved before {@code cutoff}, oldest first. */
    public List<Long> idsSavedBefore(LocalDateTime cutoff, int limit) {
        return jdbc.sql("SELECT attempt_id FROM quiz_attempts WHERE attempted_at < ? ORDER BY attempted_at, attempt_id LIMIT ?")
                .params(cutoff, limit).query(Long.class).list();
    }

    /** Deletes these attempts and their answers; returns how many answers went. */
    @Transactional
    public int deleteAttempts(List<Long> attemptIds) {
        if (attemptIds.isEmpty()) {
            return 0;
        }
        String in = String.join(", ", Collections.nCopies(attemptIds.size(), "?"));
        int answers = jdbc.sql("DELETE FROM quiz_attempt_details WHERE attempt_id IN (" + in + ")")
                .params(List.copyOf(attemptIds)).update();
        jdbc.sql("DELETE FROM quiz_attempts WHERE attempt_id IN (" + in + ")").params(List.copyOf(attemptIds)).update();
        return answers;
    }

    /** One multi-row insert: a quiz has at most a few hundred answers, so one round trip. */
    private void insertDetails(long attemptId, List<QuizAnswer> details) {
        if (details.isEmpty()) {
            return;
        }
        List<Object> params = new ArrayList<>();
        for (int seq = 0; seq < details.size(); seq++) {
            QuizAnswer answer = details.get(seq);
            Collections.addAll(params, attemptId, seq, answer.question(), answer.expectedAnswer(),
                    answer.userAnswer(), answer.status(), answer.similarity(), answer.questionType(),
                    answer.answeredAt(), answer.questionId());
        }
        jdbc.sql("INSERT INTO quiz_attempt_details (attempt_id, seq, question, expected_answer, user_answer, status,"
                        + " similarity, question_type, answered_at, question_id) VALUES "
                        + String.join(", ", Collections.nCopies(details.size(), DETAIL_VALUES)))
                .params(params).update();
    }
}
