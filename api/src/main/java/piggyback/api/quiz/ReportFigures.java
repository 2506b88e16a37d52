package piggyback.api.quiz;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import piggyback.storage.quiz.QuizAnswer;
import piggyback.storage.quiz.QuizAttempt;
import piggyback.storage.quiz.QuizScore;

/**
 * The numbers of a child's report and score history, computed from its attempts
 * oldest first. Rounding is Python's {@code round}: halves to even, on the exact binary value.
 *
 * @param overallScore           mean percentage of the attempts, as a whole number
 * @param totalQuestionsAnswered Σ of the attempts' {@code total}
 * @param overallPercentage      Σcorrect / Σtotal · 100, to one decimal (the score history's)
 * @param topCategories          the best three question types over the last ten attempts
 * @param totalWatchMinutes      Σ of each attempt's watch minutes rounded to a whole number
 */
record ReportFigures(int overallScore, int totalAttempts, long totalCorrect, long totalWrong,
                     long totalQuestionsAnswered, double overallPercentage, long totalRetries,
                     double avgRetriesPerQuestion, List<CategoryScore> topCategories, long totalWatchMinutes) {

    static final int CATEGORY_WINDOW = 10;
    static final int TOP_CATEGORIES = 3;

    static ReportFigures of(List<QuizAttempt> attempts) {
        double percentages = 0;
        long correct = 0;
        long wrong = 0;
        long questions = 0;
        long retries = 0;
        long watchMinutes = 0;
        for (QuizAttempt attempt : attempts) {
            QuizScore score = attempt.score();
            percentages += score.percentage();
            correct += score.correct();
            wrong += score.wrong();
            questions += score.total();
            retries += score.totalRetries();
            Double watched = attempt.viewing().watchMinutes();
            watchMinutes += watched == null ? 0 : round(watched, 0).longValue();
        }
        return new ReportFigures(
                attempts.isEmpty() ? 0 : round(percentages / attempts.size(), 0).intValue(),
                attempts.size(), correct, wrong, questions,
                questions == 0 ? 0 : round((double) correct / questions * 100, 1).doubleValue(),
                retries,
                questions == 0 ? 0 : round((double) retries / questions, 2).doubleValue(),
                topCategories(attempts.subList(Math.max(0, attempts.size() - CATEGORY_WINDOW), attempts.size())),
                watchMinutes);
    }

    /** Python's {@code round(value, places)}. */
    static BigDecimal round(double value, int places) {
        return new BigDecimal(value).setScale(places, RoundingMode.HALF_EVEN);
    }

    /**
     * Correct answers count 1, almost 0.5, anything else 0, over the first answers (those with a
     * type); best score first, then the most answered, then the first seen.
     */
    private static List<CategoryScore> topCategories(List<QuizAttempt> recent) {
        Map<String, Tally> byType = new LinkedHashMap<>();
        for (QuizAttempt attempt : recent) {
            for (QuizAnswer answer : attempt.details()) {
                if (answer.questionType() != null) {
                    byType.computeIfAbsent(answer.questionType(), type -> new Tally()).add(answer.status());
                }
            }
        }
        List<CategoryScore> scores = new ArrayList<>();
        byType.forEach((type, tally) -> scores.add(new CategoryScore(type,
                round(tally.points / tally.answers * 100, 0).intValue(), tally.answers)));
        scores.sort(Comparator.comparingInt(CategoryScore::score).reversed()
                .thenComparing(Comparator.comparingInt(CategoryScore::answerCount).reversed()));
        return List.copyOf(scores.subList(0, Math.min(TOP_CATEGORIES, scores.size())));
    }

    /** The points and the number of answers of one question type. */
    private static final class Tally {

        private double points;
        private int answers;

        void add(String status) {
            points += "correct".equals(status) ? 1 : "almost".equals(status) ? 0.5 : 0;
            answers++;
        }
    }
}
