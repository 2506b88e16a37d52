package piggyback.api.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import piggyback.storage.quiz.QuizAnswer;

/** The counts the kids' player derives from its answers. */
class FirstTriesTest {

    @Test
    void firstAnswersHaveATypeOrAStatusOtherThanRetry() {
        List<QuizAnswer> answers = List.of(answer("character", "correct"), answer("setting", "almost"),
                answer(null, "retry"), answer(null, "wrong"), answer(null, "retry"), answer("action", "correct"));

        assertThat(FirstTries.of(answers)).isEqualTo(new FirstTries(4, 2, 2, 2));
    }

    @Test
    void percentageAndRetriesPerQuestionAreRoundedTheWayThePlayerDoes() {
        assertThat(FirstTries.percentage(1, 3)).isEqualTo(33);
        assertThat(FirstTries.percentage(1, 8)).isEqualTo(13); // 12.5 rounds up in JavaScript
        assertThat(FirstTries.percentage(0, 0)).isZero();
        assertThat(FirstTries.retriesPerQuestion(1, 3)).isEqualTo(0.33);
        assertThat(FirstTries.retriesPerQuestion(1, 8)).isEqualTo(0.13); // toFixed(2) of 0.125
        assertThat(FirstTries.retriesPerQuestion(5, 0)).isZero();
    }

    private static QuizAnswer answer(String type, String status) {
        return new QuizAnswer("q", null, "u", status, null, type, null, null);
    }
}
