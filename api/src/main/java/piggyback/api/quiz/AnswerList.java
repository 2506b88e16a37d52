package piggyback.api.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import piggyback.api.web.ApiException;
import piggyback.api.web.JsonBody;
import piggyback.storage.quiz.QuizAnswer;

/**
 * The {@code details} of a saved attempt: the kids' player writes camelCase
 * ({@code expectedAnswer}, {@code userAnswer}); snake_case spellings are taken too. An answer's
 * {@code question_id} says which published question it was to (the expert's answer statistics).
 */
final class AnswerList {

    private static final int MAX_ANSWERS = 200;
    /** Question and answer texts (docs/api-contract.md#conventions). */
    private static final int TEXT = 2000;
    private static final int WORD = 16;
    private static final int TIMESTAMP = 40;

    private AnswerList() {
    }

    static List<QuizAnswer> read(Object raw) {
        if (raw == null) {
            return List.of();
        }
        if (!(raw instanceof List<?> items)) {
            throw ApiException.badRequest("details must be a list");
        }
        if (items.size() > MAX_ANSWERS) {
            throw ApiException.badRequest("details may hold at most " + MAX_ANSWERS + " answers");
        }
        List<QuizAnswer> answers = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            answers.add(answer(items.get(i), "details[" + i + "]"));
        }
        return answers;
    }

    @SuppressWarnings("unchecked")
    private static QuizAnswer answer(Object item, String where) {
        if (!(item instanceof Map<?, ?> map)) {
            throw ApiException.badRequest(where + " must be an object");
        }
        Map<String, Object> fields = (Map<String, Object>) map;
        JsonBody body = JsonBody.of(fields);
        try {
            return new QuizAnswer(body.text("question", TEXT),
                    body.firstText(TEXT, "expectedAnswer", "expected_answer"),
                    body.firstText(TEXT, "userAnswer", "user_answer"),
                    word(body.text("status", WORD)),
                    BodyNumbers.any(fields, "similarity"),
                    questionType(body.firstText(WORD, "question_type", "questionType")),
                    body.firstText(TIMESTAMP, "timestamp", "answered_at"),
                    BodyNumbers.id(fields, "question_id"));
        } catch (ApiException e) {
            throw ApiException.badRequest(where + "." + e.getMessage());
        }
    }

    /** docs/decisions/0019-quiz-attempts.md: {@code settings} is the same type as {@code setting}. */
    private static String questionType(String raw) {
        String type = word(raw);
        return "settings".equals(type) ? "setting" : type;
    }

    private static String word(String raw) {
        String word = raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT);
        return word.isEmpty() ? null : word;
    }
}
