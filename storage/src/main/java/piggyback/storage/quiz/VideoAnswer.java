package piggyback.storage.quiz;

/**
 * A child's first answer to a question of one video, as the expert's answer statistics read it.
 *
 * @param childId    only to count children, never shown
 * @param questionId the published question, when the player sent it
 * @param status     correct, almost or wrong
 */
public record VideoAnswer(String childId, Long questionId, String question, String userAnswer, String status) {
}
