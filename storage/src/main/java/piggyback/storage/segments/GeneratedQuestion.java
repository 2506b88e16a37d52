package piggyback.storage.segments;

/**
 * One AI question of a segment (generated_questions).
 *
 * @param category character, setting, feeling, action, causal, outcome or prediction
 * @param llmRank  the generator's rank, 1 = best; null when it gave none
 */
public record GeneratedQuestion(String category, String question, String answer, Integer llmRank) {
}
