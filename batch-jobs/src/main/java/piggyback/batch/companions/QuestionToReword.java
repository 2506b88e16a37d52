package piggyback.batch.companions;

/** A generated question a companion will ask in its own words. */
public record QuestionToReword(String category, String question, String answer) {
}
