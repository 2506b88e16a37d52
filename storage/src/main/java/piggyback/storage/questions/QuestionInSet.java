package piggyback.storage.questions;

/**
 * One question found by its id, with where it belongs: what grading by {@code question_id} needs.
 *
 * @param published whether its set is a published one (drafts are never asked)
 */
public record QuestionInSet(SetQuestion question, String videoId, long setId, int version, boolean published,
                            int segmentIndex) {
}
