package piggyback.batch.questions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a model's reply into questions. Only strictly valid JSON is accepted, and
 * only when it has a question and an answer for every category; {@code rank} may be a number or
 * text, {@code settings} counts as {@code setting}.
 */
final class QuestionReplies {

    static final int PREVIEW = 300;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A reply read: the questions, or what was wrong with it. */
    record Read(SegmentQuestions questions, SegmentFailure problem) {
    }

    private QuestionReplies() {
    }

    static Read read(String reply, String generator) {
        JsonNode root;
        try {
            root = JSON.readTree(reply);
        } catch (JacksonException notJson) {
            return problem("invalid_json", "the reply is not valid JSON", reply);
        }
        JsonNode questions = root == null ? null : root.get("questions");
        if (questions == null || !questions.isObject()) {
            List<String> keys = root != null && root.isObject() ? new ArrayList<>(root.propertyNames()) : List.of();
            return problem("missing_questions", "the reply has no questions object; keys: " + keys, reply);
        }
        Map<QuestionCategory, RankedQuestion> found = new EnumMap<>(QuestionCategory.class);
        for (Map.Entry<String, JsonNode> entry : questions.properties()) {
            QuestionCategory.fromKey(entry.getKey()).ifPresent(category -> {
                JsonNode item = entry.getValue();
                String question = text(item.get("q"));
                String answer = text(item.get("a"));
                if (question != null && answer != null) {
                    found.put(category, new RankedQuestion(question, answer, Ranks.parse(item.get("rank"))));
                }
            });
        }
        if (found.size() < QuestionCategory.values().length) {
            List<String> missing = new ArrayList<>();
            for (QuestionCategory category : QuestionCategory.values()) {
                if (!found.containsKey(category)) {
                    missing.add(category.key());
                }
            }
            return problem("missing_questions", "the reply lacks a question or answer for " + missing, reply);
        }
        String best = text(root.get("best_question"));
        if (best == null) {
            best = found.values().stream()
                    .min(Comparator.comparing(q -> q.rank() == null ? Integer.MAX_VALUE : q.rank()))
                    .map(RankedQuestion::question).orElseThrow();
        }
        return new Read(new SegmentQuestions(found, best, generator, 0), null);
    }

    /** The start of a reply, for the record of why it was refused. */
    static String preview(String reply) {
        return reply == null || reply.length() <= PREVIEW ? reply : reply.substring(0, PREVIEW);
    }

    private static Read problem(String reason, String message, String reply) {
        return new Read(null, new SegmentFailure(reason, true, message, preview(reply), 0));
    }

    private static String text(JsonNode node) {
        if (node == null || !(node.isString() || node.isNumber())) {
            return null;
        }
        String text = node.asString().strip();
        return text.isEmpty() ? null : text;
    }
}
