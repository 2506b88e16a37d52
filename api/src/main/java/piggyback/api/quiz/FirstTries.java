package piggyback.api.quiz;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import piggyback.storage.quiz.QuizAnswer;

/**
 * The counts the kids' player derives from its answers, for bodies that send the
 * answers without the counts: a first answer has a question type or a status other than
 * {@code retry}; every other answer is a retry.
 *
 * @param wrong first answers that were almost or wrong
 */
record FirstTries(int total, int correct, int wrong, int retries) {

    static FirstTries of(List<QuizAnswer> answers) {
        int total = 0;
        int correct = 0;
        int wrong = 0;
        int retries = 0;
        for (QuizAnswer answer : answers) {
            if (answer.questionType() == null && "retry".equals(answer.status())) {
                retries++;
                continue;
            }
            total++;
            if ("correct".equals(answer.status())) {
                correct++;
            } else if ("almost".equals(answer.status()) || "wrong".equals(answer.status())) {
                wrong++;
            }
        }
        return new FirstTries(total, correct, wrong, retries);
    }

    /** JavaScript's {@code Math.round(correct / total * 100)}, which rounds halves up like Java's. */
    static double percentage(int correct, int total) {
        return total == 0 ? 0 : Math.round((double) correct / total * 100);
    }

    /** JavaScript's {@code +(retries / total).toFixed(2)}: halves up on the exact binary value. */
    static double retriesPerQuestion(int retries, int total) {
        return total == 0 ? 0 : new BigDecimal((double) retries / total)
                .setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
