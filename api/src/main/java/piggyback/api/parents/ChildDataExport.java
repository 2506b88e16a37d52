package piggyback.api.parents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import piggyback.api.accounts.ChildView;
import piggyback.api.web.Json;
import piggyback.storage.UtcTime;
import piggyback.storage.children.Child;
import piggyback.storage.quiz.QuizAnswer;
import piggyback.storage.quiz.QuizAttempt;
import piggyback.storage.quiz.QuizAttempts;

/**
 * Everything the product keeps about a child, for its parent: the profile and every attempt with
 * its answers and grades, as JSON, or as CSV with one line per answer for a spreadsheet.
 */
@Component
class ChildDataExport {

    static final List<String> CSV_COLUMNS = List.of("attempt_id", "attempted_at", "video_id", "interaction_mode",
            "percentage", "questions_total", "questions_correct", "questions_wrong", "total_retries", "watch_minutes",
            "manual_pauses", "answer_number", "question", "expected_answer", "child_answer", "grade", "similarity",
            "question_type", "answered_at");

    private final QuizAttempts attempts;

    ChildDataExport(QuizAttempts attempts) {
        this.attempts = attempts;
    }

    Map<String, Object> json(Child child) {
        List<Map<String, Object>> history = attempts.ofChild(child.childId()).stream().map(attempt -> {
            Map<String, Object> row = Json.obj("attempt_id", attempt.attemptId(),
                    "attempted_at", UtcTime.iso(attempt.attemptedAt()), "video_id", attempt.videoId(),
                    "interaction_mode", attempt.viewing().interactionMode(),
                    "percentage", attempt.score().percentage(), "questions_total", attempt.score().total(),
                    "questions_correct", attempt.score().correct(), "questions_wrong", attempt.score().wrong(),
                    "total_retries", attempt.score().totalRetries(), "watch_minutes", attempt.viewing().watchMinutes(),
                    "manual_pauses", attempt.viewing().manualPauses());
            row.put("answers", attempt.details().stream().map(answer -> Json.obj("question", answer.question(),
                    "expected_answer", answer.expectedAnswer(), "child_answer", answer.userAnswer(),
                    "grade", answer.status(), "similarity", answer.similarity(),
                    "question_type", answer.questionType(), "answered_at", answer.answeredAt())).toList());
            return row;
        }).toList();
        return Json.obj("success", true, "exported_at", UtcTime.iso(UtcTime.now()), "child", ChildView.of(child),
                "attempts", history);
    }

    /** RFC 4180 CSV; an attempt without answers still has its line. */
    String csv(Child child) {
        StringBuilder out = new StringBuilder(String.join(",", CSV_COLUMNS)).append("\r\n");
        for (QuizAttempt attempt : attempts.ofChild(child.childId())) {
            List<QuizAnswer> answers = attempt.details().isEmpty() ? Collections.singletonList(null)
                    : attempt.details();
            for (int i = 0; i < answers.size(); i++) {
                QuizAnswer answer = answers.get(i);
                List<Object> cells = new ArrayList<>(Arrays.asList(attempt.attemptId(),
                        UtcTime.iso(attempt.attemptedAt()), text(attempt.videoId()),
                        text(attempt.viewing().interactionMode()), attempt.score().percentage(),
                        attempt.score().total(), attempt.score().correct(), attempt.score().wrong(),
                        attempt.score().totalRetries(), attempt.viewing().watchMinutes(),
                        attempt.viewing().manualPauses()));
                cells.addAll(answer == null ? Collections.nCopies(8, null) : Arrays.asList(i + 1,
                        text(answer.question()), text(answer.expectedAnswer()), text(answer.userAnswer()),
                        text(answer.status()), answer.similarity(), text(answer.questionType()),
                        text(answer.answeredAt())));
                out.append(cells.stream().map(ChildDataExport::cell).collect(Collectors.joining(","))).append("\r\n");
            }
        }
        return out.toString();
    }

    /**
     * Free text: a cell a spreadsheet would run as a formula (it starts with = + - @, a tab or a
     * carriage return) gets a leading apostrophe, as OWASP advises for CSV exports.
     */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
