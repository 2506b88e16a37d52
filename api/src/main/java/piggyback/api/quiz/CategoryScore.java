package piggyback.api.quiz;

/** How a child does on one question type ({@code top_categories} of the report): a score of 0–100. */
record CategoryScore(String type, int score, int answerCount) {
}
