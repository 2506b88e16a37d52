package piggyback.storage.questions;

import java.time.LocalDateTime;

/**
 * One review decision as it was made (question_set_decisions).
 *
 * @param segmentIndex null for a decision on the whole set (publishing)
 * @param kind         trash, keep, rank, edit, own_question, skip, unskip, comment, triage_comment,
 *                     ranking_comment, companion_line, winner, field, segment_added or published
 * @param subject      the question type, companion ({@code pig} or {@code pig/setting}) or field name concerned
 */
public record Decision(Integer segmentIndex, String kind, String subject, String previousValue, String newValue,
                       String decidedBy, LocalDateTime decidedAt) {
}
