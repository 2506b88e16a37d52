package piggyback.storage.questions;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Applies {@link SegmentEdit}s to a working set, field by field: what an edit leaves out keeps
 * its stored value, and every value that changes is written as a decision with who and when.
 */
@Component
class EditApplier {

    private static final Set<String> COMPANIONS = Set.of("bunny", "pig", "alligator");
    private static final double SAME_SECOND = 0.5;

    private final JdbcClient jdbc;

    EditApplier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One save's context: the set, who saves and the time every row of the save gets. */
    private record Save(long setId, String by, LocalDateTime at) {
    }

    /**
     * Applies one segment's edit to the set as it is now.
     *
     * @return whether anything changed
     * @throws IllegalArgumentException for an unknown question type or companion, a question of another
     *                                  segment, a winner without a wording, or a new segment without bounds
     */
    boolean apply(ReviewSet set, SegmentEdit edit, String by, LocalDateTime at) {
        Save save = new Save(set.setId(), by, at);
        Optional<ReviewSegment> found = find(set.segments(), edit);
        if (found.isPresent()) {
            return applyToSegment(save, found.get(), edit);
        }
        int index = set.segments().stream().mapToInt(ReviewSegment::segmentIndex).max().orElse(-1) + 1;
        applyToSegment(save, added(save, index, edit), edit);
        return true;
    }

    private static Optional<ReviewSegment> find(List<ReviewSegment> segments, SegmentEdit edit) {
        if (edit.segmentIndex() != null) {
            Optional<ReviewSegment> byIndex = segments.stream()
                    .filter(s -> s.segmentIndex() == edit.segmentIndex()).findFirst();
            if (byIndex.isPresent()) {
                return byIndex;
            }
        }
        if (edit.start() == null || edit.end() == null) {
            return Optional.empty();
        }
        return segments.stream().filter(s -> Math.abs(s.startSeconds() - edit.start()) < SAME_SECOND
                && Math.abs(s.endSeconds() - edit.end()) < SAME_SECOND).findFirst();
    }

    private ReviewSegment added(Save save, int index, SegmentEdit edit) {
        if (edit.start() == null || edit.end() == null) {
            throw new IllegalArgumentException("a segment that is not in the set needs its start and end");
        }
        double end = Math.max(edit.start(), edit.end());
        jdbc.sql("""
                INSERT INTO question_set_segments (set_id, segment_index, start_seconds, end_seconds, updated_by,
                                                   updated_at)
                VALUES (?, ?, ?, ?, ?, ?)""").params(save.setId(), index, edit.start(), end, save.by(), save.at())
                .update();
        decide(save, index, "segment_added", null, null, edit.start() + "-" + end);
        return new ReviewSegment(index, edit.start(), end, false, null, null, null, null, save.by(), save.at(),
                List.of(), List.of(), Map.of());
    }

    private boolean applyToSegment(Save save, ReviewSegment segment, SegmentEdit edit) {
        int index = segment.segmentIndex();
        boolean changed = false;
        if (edit.skipped() != null && edit.skipped() != segment.skipped()) {
            segmentColumn(save, index, "skipped", edit.skipped());
            decide(save, index, edit.skipped() ? "skip" : "unskip", null, null, edit.skipReason());
            changed = true;
        }
        changed |= note(save, segment, "skip_reason", "skip", segment.skipReason(), edit.skipReason());
        changed |= note(save, segment, "comment", "comment", segment.comment(), edit.comment());
        changed |= note(save, segment, "triage_comment", "triage_comment", segment.triageComment(),
                edit.triageComment());
        changed |= note(save, segment, "ranking_comment", "ranking_comment", segment.rankingComment(),
                edit.rankingComment());
        for (QuestionEdit question : edit.aiQuestions()) {
            changed |= applyToQuestion(save, segment, question);
        }
        if (edit.ownQuestion() != null) {
            changed |= applyOwnQuestion(save, segment, edit.ownQuestion());
        }
        for (LineEdit line : edit.lines()) {
            changed |= applyLine(save, segment, line);
        }
        for (Map.Entry<String, String> winner : edit.winners().entrySet()) {
            changed |= applyWinner(save, index, winner.getKey(), winner.getValue());
        }
        for (Map.Entry<String, String> field : edit.fields().entrySet()) {
            String stored = segment.fields().get(field.getKey());
            if (!field.getValue().equals(stored)) {
                jdbc.sql("""
                        INSERT INTO question_set_segment_fields (set_id, segment_index, name, value_json)
                        VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE value_json = VALUES(value_json)""")
                        .params(save.setId(), index, field.getKey(), field.getValue()).update();
                decide(save, index, "field", field.getKey(), stored, field.getValue());
                changed = true;
            }
        }
        if (changed) {
            jdbc.sql("""
                    UPDATE question_set_segments SET updated_by = ?, updated_at = ?
                    WHERE set_id = ? AND segment_index = ?""")
                    .params(save.by(), save.at(), save.setId(), index).update();
        }
        return changed;
    }

    /** A note column; "" clears it, null keeps it. */
    private boolean note(Save save, ReviewSegment segment, String column, String kind, String stored, String sent) {
        if (sent == null) {
            return false;
        }
        String value = sent.isBlank() ? null : sent.strip();
        if (Objects.equals(value, stored)) {
            return false;
        }
        segmentColumn(save, segment.segmentIndex(), column, value);
        decide(save, segment.segmentIndex(), kind, null, stored, value);
        return true;
    }

    private void segmentColumn(Save save, int index, String column, Object value) {
        // column is one of this class's own constants, never input
        jdbc.sql("UPDATE question_set_segments SET " + column + " = ? WHERE set_id = ? AND segment_index = ?")
                .params(value, save.setId(), index).update();
    }

    private boolean applyToQuestion(Save save, ReviewSegment segment, QuestionEdit edit) {
        int index = segment.segmentIndex();
        Optional<ReviewQuestion> found;
        if (edit.questionId() != null) {
            found = segment.questions().stream().filter(q -> q.questionId() == edit.questionId()).findFirst();
            if (found.isEmpty()) {
                throw new IllegalArgumentException("question " + edit.questionId() + " is not in segment " + index);
            }
        } else {
            String type = knownType(edit.type());
            found = segment.questions().stream()
                    .filter(q -> !q.ownQuestion() && q.questionType().equals(type)).findFirst();
        }
        if (found.isEmpty()) {
            return addAiQuestion(save, index, edit);
        }
        ReviewQuestion stored = found.get();
        boolean changed = false;
        String subject = stored.questionType();
        if (edit.trashed() != null && edit.trashed() != stored.trashed()) {
            questionColumn(stored, "trashed", edit.trashed());
            decide(save, index, edit.trashed() ? "trash" : "keep", subject, null, null);
            changed = true;
        }
        if (edit.expertRanking() != null && !edit.expertRanking().equals(stored.expertRanking())) {
            questionColumn(stored, "expert_ranking", edit.expertRanking());
            decide(save, index, "rank", subject, text(stored.expertRanking()), text(edit.expertRanking()));
            changed = true;
        }
        String question = edit.question() == null ? stored.question() : edit.question().strip();
        String answer = edit.answer() == null ? stored.answer() : edit.answer().strip();
        if (!question.equals(stored.question()) || !answer.equals(stored.answer())) {
            if (question.isEmpty()) {
                throw new IllegalArgumentException("a question's text cannot be empty");
            }
            jdbc.sql("""
                    UPDATE question_set_questions SET question = ?, answer = ?, modified = TRUE,
                        original_question = COALESCE(original_question, ?),
                        original_answer = COALESCE(original_answer, ?)
                    WHERE question_id = ?""")
                    .params(question, answer, stored.question(), stored.answer(), stored.questionId()).update();
            decide(save, index, "edit", subject, stored.question() + " / " + stored.answer(),
                    question + " / " + answer);
            changed = true;
        }
        if (changed) {
            stamp(save, stored.questionId());
        }
        return changed;
    }

    private boolean addAiQuestion(Save save, int index, QuestionEdit edit) {
        String type = knownType(edit.type());
        if (edit.question() == null || edit.question().isBlank()) {
            throw new IllegalArgumentException("a new " + type + " question needs its text");
        }
        jdbc.sql("""
                INSERT INTO question_set_questions (set_id, segment_index, question_type, question, answer, source,
                    expert_ranking, trashed, modified, updated_by, updated_at)
                VALUES (?, ?, ?, ?, ?, 'ai', ?, ?, TRUE, ?, ?)""")
                .params(save.setId(), index, type, edit.question().strip(),
                        edit.answer() == null ? "" : edit.answer().strip(), edit.expertRanking(),
                        Boolean.TRUE.equals(edit.trashed()), save.by(), save.at())
                .update();
        decide(save, index, "edit", type, null, edit.question().strip());
        return true;
    }

    private boolean applyOwnQuestion(Save save, ReviewSegment segment, OwnQuestionEdit edit) {
        int index = segment.segmentIndex();
        Optional<ReviewQuestion> stored = segment.questions().stream().filter(ReviewQuestion::ownQuestion).findFirst();
        String before = stored.map(q -> q.questionType() + ": " + q.question() + " / " + q.answer()).orElse(null);
        if (edit.remove()) {
            if (stored.isEmpty()) {
                return false;
            }
            jdbc.sql("DELETE FROM question_set_questions WHERE question_id = ?").param(stored.get().questionId())
                    .update();
            decide(save, index, "own_question", null, before, null);
            return true;
        }
        String type = knownType(edit.type());
        String question = edit.question().strip();
        String answer = edit.answer().strip();
        String after = type + ": " + question + " / " + answer;
        if (after.equals(before)) {
            return false;
        }
        if (stored.isPresent()) {
            jdbc.sql("""
                    UPDATE question_set_questions SET question_type = ?, question = ?, answer = ?
                    WHERE question_id = ?""")
                    .params(type, question, answer, stored.get().questionId()).update();
            stamp(save, stored.get().questionId());
        } else {
            jdbc.sql("""
                    INSERT INTO question_set_questions (set_id, segment_index, question_type, question, answer, source,
                        modified, updated_by, updated_at)
                    VALUES (?, ?, ?, ?, ?, 'expert', FALSE, ?, ?)""")
                    .params(save.setId(), index, type, question, answer, save.by(), save.at()).update();
        }
        decide(save, index, "own_question", type, before, after);
        return true;
    }

    private boolean applyLine(Save save, ReviewSegment segment, LineEdit edit) {
        String companion = knownCompanion(edit.companion());
        String type = knownType(edit.type());
        String question = edit.question() == null ? "" : edit.question().strip();
        String answer = edit.answer() == null ? "" : edit.answer().strip();
        Optional<ReviewLine> stored = segment.lines().stream()
                .filter(l -> l.companion().equals(companion) && l.questionType().equals(type)).findFirst();
        if (stored.isPresent() && stored.get().question().equals(question) && stored.get().answer().equals(answer)) {
            return false;
        }
        jdbc.sql("""
                INSERT INTO question_set_companion_lines (set_id, segment_index, companion, question_type, question,
                                                          answer, updated_by, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE question = VALUES(question), answer = VALUES(answer),
                                        updated_by = VALUES(updated_by), updated_at = VALUES(updated_at)""")
                .params(save.setId(), segment.segmentIndex(), companion, type, question, answer, save.by(), save.at())
                .update();
        decide(save, segment.segmentIndex(), "companion_line", companion + "/" + type,
                stored.map(ReviewLine::question).orElse(null), question);
        return true;
    }

    /** Makes {@code type} the companion's only winner in the segment ("" for none). */
    private boolean applyWinner(Save save, int index, String rawCompanion, String rawType) {
        String companion = knownCompanion(rawCompanion);
        String type = rawType == null || rawType.isBlank() ? null : knownType(rawType);
        Optional<String> current = jdbc.sql("""
                        SELECT question_type FROM question_set_companion_lines
                        WHERE set_id = ? AND segment_index = ? AND companion = ? AND is_winner""")
                .params(save.setId(), index, companion).query(String.class).optional();
        if (Objects.equals(current.orElse(null), type)) {
            return false;
        }
        jdbc.sql("""
                UPDATE question_set_companion_lines SET is_winner = FALSE, updated_by = ?, updated_at = ?
                WHERE set_id = ? AND segment_index = ? AND companion = ? AND is_winner""")
                .params(save.by(), save.at(), save.setId(), index, companion).update();
        if (type != null && jdbc.sql("""
                        UPDATE question_set_companion_lines SET is_winner = TRUE, updated_by = ?, updated_at = ?
                        WHERE set_id = ? AND segment_index = ? AND companion = ? AND question_type = ?""")
                .params(save.by(), save.at(), save.setId(), index, companion, type).update() == 0) {
            throw new IllegalArgumentException("segment " + index + " has no " + companion + " wording of type "
                    + type);
        }
        decide(save, index, "winner", companion, current.orElse(null), type);
        return true;
    }

    private void questionColumn(ReviewQuestion question, String column, Object value) {
        // column is one of this class's own constants, never input
        jdbc.sql("UPDATE question_set_questions SET " + column + " = ? WHERE question_id = ?")
                .params(value, question.questionId()).update();
    }

    private void stamp(Save save, long questionId) {
        jdbc.sql("UPDATE question_set_questions SET updated_by = ?, updated_at = ? WHERE question_id = ?")
                .params(save.by(), save.at(), questionId).update();
    }

    void decide(long setId, Integer index, String kind, String subject, String previous, String value, String by,
                LocalDateTime at) {
        jdbc.sql("""
                INSERT INTO question_set_decisions (set_id, segment_index, kind, subject, previous_value, new_value,
                                                    decided_by, decided_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(setId, index, kind, subject, clip(previous), clip(value), by, at).update();
    }

    private void decide(Save save, int index, String kind, String subject, String previous, String value) {
        decide(save.setId(), index, kind, subject, previous, value, save.by(), save.at());
    }

    private static String knownType(String raw) {
        String type = QuestionTypes.normalise(raw);
        if (!QuestionTypes.isKnown(type)) {
            throw new IllegalArgumentException("unknown question type " + (raw == null ? "(none)" : raw));
        }
        return type;
    }

    private static String knownCompanion(String raw) {
        String companion = raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT);
        if (companion.equals("rabbit")) {
            companion = "bunny";
        }
        if (!COMPANIONS.contains(companion)) {
            throw new IllegalArgumentException("unknown companion " + raw + " (bunny, pig or alligator)");
        }
        return companion;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String clip(String value) {
        return value == null || value.length() <= 4000 ? value : value.substring(0, 4000);
    }
}
