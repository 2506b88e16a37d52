package piggyback.storage.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import piggyback.storage.StorageTestBase;
import piggyback.storage.children.Children;
import piggyback.storage.children.NewChild;
import piggyback.storage.codes.PasswordHashing;
import piggyback.storage.experts.Experts;

/** Attempts and their answers: saved together, read back oldest first, gone with their child. */
class QuizAttemptsTest extends StorageTestBase {

    private static final QuizAnswer FIRST = new QuizAnswer("Who is it?", "a dog", "dog", "correct", 0.91,
            "character", "2026-03-22T12:00:00Z", 41L);
    private static final QuizAnswer RETRY = new QuizAnswer("Where?", null, "park", "retry", 0.4, null,
            "2026-03-22T12:01:00Z", null);

    @Autowired
    QuizAttempts attempts;
    @Autowired
    Children children;
    @Autowired
    Experts experts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAttemptIsReadBackWithItsAnswersInOrder() {
        String child = newChild();
        NewQuizAttempt saved = new NewQuizAttempt(child, "vid_A-1", new QuizScore(2, 1, 1, 50, 3, 1.5),
                new Viewing(4.25, "strict", "session-1", 2), List.of(FIRST, RETRY));

        long id = attempts.save(saved);

        List<QuizAttempt> read = attempts.ofChild(child);
        assertThat(read).hasSize(1);
        QuizAttempt attempt = read.get(0);
        assertThat(attempt.attemptId()).isEqualTo(id);
        assertThat(attempt.attemptedAt()).isNotNull();
        assertThat(attempt.videoId()).isEqualTo("vid_A-1");
        assertThat(attempt.score()).isEqualTo(saved.score());
        assertThat(attempt.viewing()).isEqualTo(saved.viewing());
        assertThat(attempt.details()).containsExactly(FIRST, RETRY);
    }

    @Test
    void attemptsComeOldestFirstAndOnlyTheChildsOwn() {
        String child = newChild();
        String other = newChild();
        long first = attempts.save(attempt(child, "first", List.of(FIRST)));
        attempts.save(attempt(other, "elsewhere", List.of(RETRY)));
        long second = attempts.save(attempt(child, "second", List.of()));

        assertThat(attempts.ofChild(child)).extracting(QuizAttempt::attemptId).containsExactly(first, second);
        assertThat(attempts.ofChild(child).get(1).details()).isEmpty();
        assertThat(attempts.ofChild(UUID.randomUUID().toString().substring(0, 6))).isEmpty();
    }

    @Test
    void aVideosFirstAnswersLeaveOutRetriesAndOtherVideos() {
        String child = newChild();
        String video = "vid_" + UUID.randomUUID().toString().substring(0, 8);
        attempts.save(attempt(child, video, List.of(FIRST, RETRY)));
        attempts.save(attempt(child, video + "x", List.of(FIRST)));

        assertThat(attempts.firstAnswersTo(video))
                .containsExactly(new VideoAnswer(child, 41L, "Who is it?", "dog", "correct"));
    }

    @Test
    void readingGivesEveryConnectionBack() {
        String child = newChild();
        attempts.save(attempt(child, "vid", List.of(FIRST)));

        // more reads than the pool has connections: a read that kept its connection would stall here
        for (int i = 0; i < 25; i++) {
            assertThat(attempts.ofChild(child)).hasSize(1);
        }
    }

    @Test
    void anAnswerThatCannotBeStoredLeavesNoAttemptBehind() {
        String child = newChild();
        QuizAnswer tooLong = new QuizAnswer("x".repeat(2001), null, null, "wrong", null, null, null, null);

        assertThatThrownBy(() -> attempts.save(attempt(child, "vid", List.of(FIRST, tooLong))))
                .isInstanceOf(DataAccessException.class);

        assertThat(attempts.ofChild(child)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM quiz_attempts WHERE child_id = ?").param(child)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void deletingTheChildDeletesItsAttemptsAndAnswers() {
        String child = newChild();
        long id = attempts.save(attempt(child, "vid", List.of(FIRST, RETRY)));

        children.delete(child);

        assertThat(attempts.ofChild(child)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM quiz_attempt_details WHERE attempt_id = ?").param(id)
                .query(Integer.class).single()).isZero();
    }

    private static NewQuizAttempt attempt(String child, String video, List<QuizAnswer> details) {
        return new NewQuizAttempt(child, video, new QuizScore(1, 1, 0, 100, 0, 0), new Viewing(null, null, null, null),
                details);
    }

    private String newChild() {
        String expert = "exp_" + UUID.randomUUID().toString().substring(0, 8);
        experts.insert(expert, "Expert " + expert, PasswordHashing.hash("irrelevant"));
        return children.insert(new NewChild(expert, null, "Quiz", "", "owl", "flexible")).childId();
    }
}
