package piggyback.storage.questions;

/** Published after a new version of a video's question set is published. */
public record QuestionSetPublished(String videoId) {
}
