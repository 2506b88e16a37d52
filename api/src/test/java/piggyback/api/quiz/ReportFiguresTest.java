package piggyback.api.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import piggyback.storage.quiz.QuizAnswer;
import piggyback.storage.quiz.QuizAttempt;
import piggyback.storage.quiz.QuizScore;
import piggyback.storage.quiz.Viewing;

/** The report numbers, with the worked examples observed on the reference. */
class ReportFiguresTest {

    @Test
    void theWorkedExampleOfTheChildReport() {
        // the report: 50 % (1 of 2, 3 retries; character correct, setting almost, a retry), then 100 % (3 of 3)
        List<QuizAttempt> attempts = List.of(
                attempt(2, 1, 1, 50, 3, answer("character", "correct"), answer("setting", "almost"),
                        answer(null, "retry")),
                attempt(3, 3, 0, 100, 0, answer("character", "correct")));

        ReportFigures figures = ReportFigures.of(attempts);

        assertThat(figures.overallScore()).isEqualTo(75);
        assertThat(figures.totalAttempts()).isEqualTo(2);
        assertThat(figures.totalRetries()).isEqualTo(3);
        assertThat(figures.avgRetriesPerQuestion()).isEqualTo(0.6);
        assertThat(figures.topCategories()).containsExactly(new CategoryScore("character", 100, 2),
                new CategoryScore("setting", 50, 1));
    }

    @Test
    void theWorkedExampleOfTheScoreHistory() {
        // the score history: 1 of 2, then 3 of 3
        ReportFigures figures = ReportFigures.of(List.of(attempt(2, 1, 1, 50, 0), attempt(3, 3, 0, 100, 0)));

        assertThat(figures.totalCorrect()).isEqualTo(4);
        assertThat(figures.totalQuestionsAnswered()).isEqualTo(5);
        assertThat(figures.overallPercentage()).isEqualTo(80.0);
        assertThat(figures.totalWrong()).isEqualTo(1);
    }

    @Test
    void noAttemptsGiveZerosAndNoCategories() {
        ReportFigures figures = ReportFigures.of(List.of());

        assertThat(figures.overallScore()).isZero();
        assertThat(figures.avgRetriesPerQuestion()).isZero();
        assertThat(figures.overallPercentage()).isZero();
        assertThat(figures.topCategories()).isEmpty();
        assertThat(figures.totalWatchMinutes()).isZero();
    }

    @Test
    void roundingIsPythonsHalfToEven() {
        // mean 82.5 → 82 (Python's rounding); 2.5 watch minutes → 2, 3.5 → 4
        ReportFigures figures = ReportFigures.of(List.of(watched(80, 2.5), watched(85, 3.5), watched(82.5, null)));

        assertThat(figures.overallScore()).isEqualTo(82);
        assertThat(figures.totalWatchMinutes()).isEqualTo(6);
        // on the binary value: 0.125 is exact, so it goes to even; 2.675 is stored just below
        assertThat(ReportFigures.round(0.125, 2).doubleValue()).isEqualTo(0.12);
        assertThat(ReportFigures.round(2.675, 2).doubleValue()).isEqualTo(2.67);
        assertThat(ReportFigures.round(0.375, 2).doubleValue()).isEqualTo(0.38);
    }

    @Test
    void retriesPerQuestionRoundToTwoPlaces() {
        // 1 retry over 3 questions: 0.333… → 0.33; 2 over 3 → 0.67
        assertThat(ReportFigures.of(List.of(attempt(3, 3, 0, 100, 1))).avgRetriesPerQuestion()).isEqualTo(0.33);
        assertThat(ReportFigures.of(List.of(attempt(3, 3, 0, 100, 2))).avgRetriesPerQuestion()).isEqualTo(0.67);
    }

    @Test
    void categoriesRankByScoreThenAnswersThenFirstSeenAndStopAtThree() {
        List<QuizAttempt> attempts = List.of(attempt(6, 4, 2, 67, 0,
                answer("feeling", "correct"),
                answer("action", "correct"), answer("action", "correct"),
                answer("causal", "almost"), answer("causal", "correct"),
                answer("outcome", "correct"),
                answer("prediction", "wrong")));

        // action 100 (2), feeling 100 (1, seen before outcome), outcome 100 (1), causal 75, prediction 0
        assertThat(ReportFigures.of(attempts).topCategories()).containsExactly(
                new CategoryScore("action", 100, 2), new CategoryScore("feeling", 100, 1),
                new CategoryScore("outcome", 100, 1));
    }

    @Test
    void categoryScoresRoundHalfToEven() {
        // 0.5 of 4 → 12.5 → 12; 2.5 of 4 → 62.5 → 62
        List<QuizAttempt> attempts = List.of(attempt(8, 2, 6, 25, 0,
                answer("causal", "almost"), answer("causal", "wrong"), answer("causal", "wrong"),
                answer("causal", "wrong"),
                answer("action", "correct"), answer("action", "correct"), answer("action", "almost"),
                answer("action", "wrong")));

        assertThat(ReportFigures.of(attempts).topCategories()).containsExactly(
                new CategoryScore("action", 62, 4), new CategoryScore("causal", 12, 4));
    }

    @Test
    void categoriesLookOnlyAtTheLastTenAttempts() {
        List<QuizAttempt> attempts = new ArrayList<>();
        attempts.add(attempt(1, 1, 0, 100, 0, answer("prediction", "correct")));
        for (int i = 0; i < 10; i++) {
            attempts.add(attempt(1, 0, 1, 0, 0, answer("action", "wrong")));
        }

        assertThat(ReportFigures.of(attempts).topCategories()).containsExactly(new CategoryScore("action", 0, 10));
        assertThat(ReportFigures.of(attempts.subList(0, 10)).topCategories()).first()
                .isEqualTo(new CategoryScore("prediction", 100, 1));
    }

    private static QuizAttempt attempt(int total, int correct, int wrong, double percentage, int retries,
                                       QuizAnswer... details) {
        return new QuizAttempt(1, LocalDateTime.now(), "123456", "vid",
                new QuizScore(total, correct, wrong, percentage, retries, 0), new Viewing(null, null, null, null),
                List.of(details));
    }

    private static QuizAttempt watched(double percentage, Double minutes) {
        return new QuizAttempt(1, LocalDateTime.now(), "123456", "vid", new QuizScore(1, 1, 0, percentage, 0, 0),
                new Viewing(minutes, "flexible", null, null), List.of());
    }

    private static QuizAnswer answer(String type, String status) {
        return new QuizAnswer("q", type == null ? null : "a", "u", status, 0.5, type, null, null);
    }
}
