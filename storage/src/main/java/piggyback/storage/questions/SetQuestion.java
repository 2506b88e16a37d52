package piggyback.storage.questions;

/**
 * A question of a set's segment.
 *
 * @param source        ai or expert
 * @param llmRanking    the model's rank, null when unknown
 * @param expertRanking the expert's rank; null (or 0, as the reference's review page writes it) when unranked
 * @param trashed       the expert threw it away: never served
 */
public record SetQuestion(long questionId, String questionType, String question, String answer, String source,
                          Integer llmRanking, Integer expertRanking, boolean trashed, boolean modified) {
}
