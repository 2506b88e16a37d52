package piggyback.api.parents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import piggyback.api.ApiClient;
import piggyback.api.quiz.QuizApiTest;
import tools.jackson.databind.JsonNode;

/** A parent's copy of its child's data, and its erasure, through the parents' routes. */
class FamilyDataTest extends QuizApiTest {

    private record Parent(String parentId, String password, Family family) {
    }

    private Parent parentWithChild() {
        String password = "parent-pw-" + unique();
        String code = "fam-" + unique();
        String parentId = newParent(code, password);
        String expertPassword = "pw-" + unique();
        String expertId = newExpert(expertPassword);
        String childId = newChild(expertId, parentId, "Robin");
        return new Parent(parentId, password, new Family(expertId, expertPassword, code, childId));
    }

    /** Three attempts: answers with commas, quotes, a line break and a formula-like start; one with none. */
    private void saveHistory(Parent parent) {
        ApiClient device = learnerOf(parent.family());
        String childId = parent.family().childId();
        device.postJson("/api/save-quiz-score", nested(childId, videoOf(parent.family()), 2, 1, 1, 50, 1, List.of(
                Map.of("question", "Who, in the end, won?", "expectedAnswer", "the \"tortoise\"",
                        "userAnswer", "the hare\nno the tortoise", "status", "almost", "similarity", 0.62,
                        "question_type", "character", "timestamp", "2026-03-22T12:00:00.000Z"),
                answer("setting", "correct"), retry()))).expect(200);
        device.postJson("/api/save-quiz-score", nested(childId, videoOf(parent.family()), 1, 0, 1, 0, 0, List.of(
                Map.of("question", "How many?", "expectedAnswer", "three", "userAnswer", "=1+2",
                        "status", "wrong", "similarity", 0.0, "question_type", "numbers",
                        "timestamp", "2026-03-22T12:05:00.000Z")))).expect(200);
        device.postJson("/api/save-quiz-score", nested(childId, videoOf(parent.family()), 0, 0, 0, 0, 0, List.of()))
                .expect(200);
    }

    @Test
    void theJsonExportHoldsEveryAttemptWithItsAnswersAsStored() {
        Parent parent = parentWithChild();
        saveHistory(parent);
        String childId = parent.family().childId();

        ApiClient.Reply reply = parent(parent.parentId(), parent.password())
                .get("/api/parents/children/" + childId + "/export?format=json").expect(200);
        JsonNode export = reply.json();

        assertThat(reply.header("Content-Disposition")).startsWith("attachment").contains(".json");
        assertThat(export.path("child").path("first_name").asString()).isEqualTo("Robin");
        List<Map<String, Object>> stored = storedAnswers(childId);
        List<Map<String, Object>> exported = new ArrayList<>();
        for (JsonNode attempt : export.path("attempts")) {
            if (attempt.path("answers").isEmpty()) {
                exported.add(row(attempt.path("attempt_id").asLong(), null, null, null, null));
            }
            for (JsonNode answer : attempt.path("answers")) {
                exported.add(row(attempt.path("attempt_id").asLong(), text(answer.path("question")),
                        text(answer.path("expected_answer")), text(answer.path("child_answer")),
                        text(answer.path("grade"))));
            }
        }
        assertThat(exported).isEqualTo(stored);
        assertThat(export.path("attempts").size()).isEqualTo(3);
    }

    @Test
    void theCsvExportHasOneLinePerAnswerAndReadsBackToTheSameRows() {
        Parent parent = parentWithChild();
        saveHistory(parent);
        String childId = parent.family().childId();

        ApiClient.Reply reply = parent(parent.parentId(), parent.password())
                .get("/api/parents/children/" + childId + "/export?format=csv").expect(200);

        assertThat(reply.header("Content-Type")).startsWith("text/csv");
        List<List<String>> lines = Csv.parse(reply.body());
        assertThat(lines.get(0)).containsExactlyElementsOf(ChildDataExport.CSV_COLUMNS);
        List<Map<String, Object>> exported = new ArrayList<>();
        for (List<String> line : lines.subList(1, lines.size())) {
            exported.add(row(Long.parseLong(line.get(0)), empty(line.get(12)), empty(line.get(13)),
                    unguarded(empty(line.get(14))), empty(line.get(15))));
        }
        assertThat(exported).isEqualTo(storedAnswers(childId));
        // a spreadsheet would run this as a formula: it is written as text
        assertThat(reply.body()).contains("'=1+2").doesNotContain(",=1+2");
    }

    @Test
    void erasingTheHistoryKeepsTheChildAndNamesTheParentInTheAudit() {
        Parent parent = parentWithChild();
        saveHistory(parent);
        String childId = parent.family().childId();

        JsonNode erased = parent(parent.parentId(), parent.password())
                .delete("/api/parents/children/" + childId + "/attempts").expect(200).json();

        assertThat(erased.path("deleted_attempts").asInt()).isEqualTo(3);
        assertThat(attemptsOf(childId)).isZero();
        assertThat(storedAnswers(childId)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM children WHERE child_id = ?").param(childId).query(Integer.class)
                .single()).isEqualTo(1);
        Map<String, Object> audit = jdbc.sql("SELECT actor_id, target_id, detail FROM audit_log"
                + " WHERE action = 'family.erase_history' ORDER BY id DESC LIMIT 1").query().singleRow();
        assertThat(audit.get("actor_id")).isEqualTo(parent.parentId());
        assertThat(audit.get("target_id")).isEqualTo(parent.parentId());
        assertThat(String.valueOf(audit.get("detail"))).doesNotContain(childId, "Robin");
    }

    @Test
    void erasingTheChildLeavesNoRowOfItInAnyTable() {
        Parent parent = parentWithChild();
        saveHistory(parent);
        String childId = parent.family().childId();
        String otherChild = newChild(parent.family().expertId(), parent.parentId(), "Sibling");
        assertThat(rowsMentioning(childId)).isNotEmpty();

        parent(parent.parentId(), parent.password()).delete("/api/parents/children/" + childId).expect(200);

        assertThat(rowsMentioning(childId)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM children WHERE child_id = ?").param(otherChild)
                .query(Integer.class).single()).isEqualTo(1);
        parent(parent.parentId(), parent.password()).get("/api/parents/children/" + childId + "/export").expect(403);
    }

    @Test
    void anUnknownFormatIs400() {
        Parent parent = parentWithChild();

        assertThat(parent(parent.parentId(), parent.password())
                .get("/api/parents/children/" + parent.family().childId() + "/export?format=xml").expect(400).json()
                .path("message").asString()).isEqualTo("format must be json or csv");
    }

    /** Every text column of every table of the schema that holds the value as a word of its own. */
    private List<String> rowsMentioning(String value) {
        List<String> found = new ArrayList<>();
        jdbc.sql("""
                SELECT table_name, column_name FROM information_schema.columns
                WHERE table_schema = DATABASE() AND data_type IN ('char', 'varchar', 'text', 'mediumtext', 'longtext')""")
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).list()
                .forEach(column -> {
                    int rows = jdbc.sql("SELECT COUNT(*) FROM `" + column.get(0) + "` WHERE `" + column.get(1)
                            + "` REGEXP ?").param("(^|[^0-9A-Za-z])" + value + "([^0-9A-Za-z]|$)")
                            .query(Integer.class).single();
                    if (rows > 0) {
                        found.add(column.get(0) + "." + column.get(1));
                    }
                });
        return found;
    }

    private List<Map<String, Object>> storedAnswers(String childId) {
        return jdbc.sql("""
                SELECT a.attempt_id, d.question, d.expected_answer, d.user_answer, d.status
                FROM quiz_attempts a LEFT JOIN quiz_attempt_details d ON d.attempt_id = a.attempt_id
                WHERE a.child_id = ? ORDER BY a.attempt_id, d.seq""").param(childId)
                .query((rs, n) -> row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5))).list();
    }

    private static Map<String, Object> row(long attemptId, String question, String expected, String answer,
                                           String grade) {
        Map<String, Object> row = new java.util.LinkedHashMap<>();
        row.put("attempt", attemptId);
        row.put("question", question);
        row.put("expected", expected);
        row.put("answer", answer);
        row.put("grade", grade);
        return row;
    }

    private static String text(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? null : node.asString();
    }

    private static String empty(String cell) {
        return cell.isEmpty() ? null : cell;
    }

    /** The export's guard against spreadsheet formulas, undone. */
    private static String unguarded(String cell) {
        return cell != null && cell.startsWith("'=") ? cell.substring(1) : cell;
    }

    /** RFC 4180, as a spreadsheet reads it: quoted cells may hold commas, quotes and line breaks. */
    private static final class Csv {

        static List<List<String>> parse(String text) {
            List<List<String>> lines = new ArrayList<>();
            List<String> line = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    line.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    line.add(cell.toString());
                    cell.setLength(0);
                    lines.add(line);
                    line = new ArrayList<>();
                    i++;
                } else {
                    cell.append(c);
                }
            }
            return lines;
        }
    }
}
