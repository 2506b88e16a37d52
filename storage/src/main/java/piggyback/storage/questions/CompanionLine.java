package piggyback.storage.questions;

/**
 * A companion's wording of the segment's question of one type.
 *
 * @param companion bunny, pig or alligator
 * @param winner    the wording a child with this companion hears; at most one per companion and segment
 */
public record CompanionLine(String companion, String questionType, String question, String answer, boolean winner) {
}
