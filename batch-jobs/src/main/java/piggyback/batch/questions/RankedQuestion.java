package piggyback.batch.questions;

/** One generated question with its answer and the generator's rank (1 = best; null when none). */
public record RankedQuestion(String question, String answer, Integer rank) {
}
