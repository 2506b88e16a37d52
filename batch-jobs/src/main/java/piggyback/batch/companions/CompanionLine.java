package piggyback.batch.companions;

/**
 * One companion's wording of one question.
 *
 * @param answer the original answer, exactly (only the wording of the question changes)
 * @param best   whether the original is the segment's best question
 */
public record CompanionLine(Companion companion, String category, String question, String answer, boolean best) {
}
