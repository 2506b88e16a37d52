package piggyback.storage.questions;

/** A question of a published question set with its answer key, as the grader needs it. */
public record PublishedAnswer(long questionId, String videoId, String question, String answer) {
}
