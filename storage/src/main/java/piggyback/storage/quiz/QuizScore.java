package piggyback.storage.quiz;

/**
 * How a quiz attempt went, as the kids' player counts it: {@code total} questions
 * answered at the first try, of which {@code correct} were correct and {@code wrong} almost or
 * wrong; {@code totalRetries} later tries on questions already answered.
 */
public record QuizScore(int total, int correct, int wrong, double percentage, int totalRetries,
                        double avgRetriesPerQuestion) {
}
