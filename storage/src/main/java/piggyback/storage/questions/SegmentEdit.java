package piggyback.storage.questions;

import java.util.List;
import java.util.Map;

/**
 * What a save changes in one segment. A null component was not sent and keeps its stored value,
 * so a save never drops what it leaves out; an empty text clears a note.
 *
 * @param segmentIndex which segment; when null (or unknown) the segment is found by its start and end
 *                     (within half a second), and a segment found by neither is added
 * @param aiQuestions  changes to AI questions; questions not listed stay as they are
 * @param ownQuestion  the expert's own question for the segment
 * @param lines        companion wordings to add or replace
 * @param winners      companion → question type whose wording that companion asks; "" for none
 * @param fields       fields the server does not model, name → JSON text
 */
public record SegmentEdit(Integer segmentIndex, Double start, Double end, Boolean skipped, String skipReason,
                          String comment, String triageComment, String rankingComment,
                          List<QuestionEdit> aiQuestions, OwnQuestionEdit ownQuestion, List<LineEdit> lines,
                          Map<String, String> winners, Map<String, String> fields) {

    public SegmentEdit {
        aiQuestions = aiQuestions == null ? List.of() : List.copyOf(aiQuestions);
        lines = lines == null ? List.of() : List.copyOf(lines);
        winners = winners == null ? Map.of() : Map.copyOf(winners);
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    /** An edit of a segment found by its bounds that changes nothing yet; the {@code with…} methods add to it. */
    public static SegmentEdit at(double start, double end) {
        return new SegmentEdit(null, start, end, null, null, null, null, null, null, null, null, null, null);
    }

    public SegmentEdit withOwnQuestion(OwnQuestionEdit own, Boolean skip, String reason) {
        return new SegmentEdit(segmentIndex, start, end, skip, reason, comment, triageComment, rankingComment,
                aiQuestions, own, lines, winners, fields);
    }

    public SegmentEdit withFields(Map<String, String> more) {
        return new SegmentEdit(segmentIndex, start, end, skipped, skipReason, comment, triageComment, rankingComment,
                aiQuestions, ownQuestion, lines, winners, more);
    }

    public SegmentEdit withLines(List<LineEdit> newLines, Map<String, String> newWinners) {
        return new SegmentEdit(segmentIndex, start, end, skipped, skipReason, comment, triageComment, rankingComment,
                aiQuestions, ownQuestion, newLines, newWinners, fields);
    }
}
