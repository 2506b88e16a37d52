package piggyback.storage.questions;

/** A question to publish; see {@link SetQuestion} for the fields. */
public record QuestionDraft(String questionType, String question, String answer, String source,
                            Integer llmRanking, Integer expertRanking, boolean trashed, boolean modified) {
}
