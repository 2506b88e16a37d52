package piggyback.storage.questions;

import java.time.LocalDateTime;

/**
 * A question of a {@link ReviewSegment}.
 *
 * @param source           ai, or expert for the expert's own question (one per segment)
 * @param expertRanking    the expert's rank; null or 0 when unranked
 * @param modified         an expert changed the wording
 * @param originalQuestion the model's wording before any edit (null for the expert's own question)
 * @param updatedBy        who last changed it (null while it is as generated)
 */
public record ReviewQuestion(long questionId, String questionType, String question, String answer, String source,
                             Integer llmRanking, Integer expertRanking, boolean trashed, boolean modified,
                             String originalQuestion, String originalAnswer, String updatedBy,
                             LocalDateTime updatedAt) {

    public static final String AI = "ai";
    public static final String EXPERT = "expert";

    public boolean ownQuestion() {
        return EXPERT.equals(source);
    }
}
