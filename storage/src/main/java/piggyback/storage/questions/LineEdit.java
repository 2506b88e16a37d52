package piggyback.storage.questions;

/** A companion's wording of a segment's question of one type, added or replacing the stored one. */
public record LineEdit(String companion, String type, String question, String answer) {
}
