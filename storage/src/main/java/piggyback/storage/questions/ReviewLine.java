package piggyback.storage.questions;

import java.time.LocalDateTime;

/** A companion's wording of a segment's question of one type, as reviewed (see {@link CompanionLine}). */
public record ReviewLine(String companion, String questionType, String question, String answer, boolean winner,
                         String updatedBy, LocalDateTime updatedAt) {
}
