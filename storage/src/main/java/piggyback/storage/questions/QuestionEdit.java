package piggyback.storage.questions;

/**
 * A change to one AI question; null components keep their stored value.
 *
 * @param questionId    the question, or null to find the segment's AI question of {@code type} (added when none)
 * @param expertRanking the expert's rank; 0 unranks
 */
public record QuestionEdit(Long questionId, String type, String question, String answer, Boolean trashed,
                           Integer expertRanking) {
}
