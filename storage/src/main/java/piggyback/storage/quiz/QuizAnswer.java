package piggyback.storage.quiz;

/**
 * One answer in an attempt (an item of the attempt's {@code details}). A first answer has a status of correct,
 * almost or wrong and usually a question type; a later try has status {@code retry} and neither
 * an expected answer nor a type.
 *
 * @param answeredAt the time the player reported, kept as it sent it
 * @param questionId the published question answered, as the player sent it (null when it did not)
 */
public record QuizAnswer(String question, String expectedAnswer, String userAnswer, String status,
                         Double similarity, String questionType, String answeredAt, Long questionId) {
}
