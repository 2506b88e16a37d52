package piggyback.api.quiz;

/** How a child does on one question type (spec §7.1 {@code top_categories}): a score of 0–100. */
record CategoryScore(String type, int score, int answerCount) {
}
