package piggyback.api.expert.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import piggyback.api.web.ApiException;
import piggyback.api.web.FieldNames;
import piggyback.api.web.SegmentBounds;
import piggyback.storage.questions.LineEdit;
import piggyback.storage.questions.OwnQuestionEdit;
import piggyback.storage.questions.QuestionEdit;
import piggyback.storage.questions.QuestionTypes;
import piggyback.storage.questions.SegmentEdit;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the segments a client saves (the reference's FinalSegment, as the review pages send them)
 * into {@link SegmentEdit}s. Only what is sent changes; keys the server does not model are kept
 * as the client sent them. Anything malformed is a 400 naming the field.
 */
@Component
class ReviewEdits {

    /** Question and answer texts (docs/api-contract.md#conventions). */
    static final int TEXT = 2000;
    static final int REASON = 500;
    static final int TYPE = 32;
    private static final int FIELD_JSON = 20_000;
    /** Keys read into the model, and keys the server writes itself (never stored as client fields). */
    private static final Set<String> MODELLED = Set.of("segmentIndex", "start", "end", "skipped", "skip",
            "skip_reason", "skipReason", "comment", "triageComment", "rankingComment", "aiQuestions", "expertQuestion",
            "persona_variants", "persona_winners", "updated_by", "updated_at");

    private final JsonMapper json;

    ReviewEdits(JsonMapper json) {
        this.json = json;
    }

    /** The {@code segments} of a save; a missing list is no change (the reference kept the old value). */
    List<SegmentEdit> segments(Object raw) {
        if (raw == null) {
            return List.of();
        }
        if (!(raw instanceof List<?> list)) {
            throw ApiException.badRequest("segments must be a list");
        }
        List<SegmentEdit> edits = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            edits.add(segment(object(list.get(i), "segments[" + i + "]"), "segments[" + i + "]"));
        }
        return edits;
    }

    SegmentEdit segment(Map<String, Object> raw, String where) {
        Map<String, String> fields = new LinkedHashMap<>();
        raw.forEach((name, value) -> {
            if (!MODELLED.contains(name)) {
                FieldNames.check(name, where);
                FieldNames.checkWithin(value, where + "." + name);
                String text = json.writeValueAsString(value);
                if (text.length() > FIELD_JSON) {
                    throw ApiException.badRequest(where + "." + name + " is too large");
                }
                fields.put(name, text);
            }
        });
        Object skip = raw.containsKey("skipped") ? raw.get("skipped") : raw.get("skip");
        OwnQuestionEdit own = null;
        if (raw.containsKey("expertQuestion")) {
            Object value = raw.get("expertQuestion");
            if (value == null) {
                own = OwnQuestionEdit.removed();
            } else {
                Map<String, Object> question = object(value, where + ".expertQuestion");
                own = ownQuestion(text(question, "type", TYPE, where), text(question, "question", TEXT, where),
                        text(question, "answer", TEXT, where));
            }
        }
        Double start = SegmentBounds.seconds(raw.get("start"), where + ".start");
        Double end = SegmentBounds.seconds(raw.get("end"), where + ".end");
        if (start != null && end != null) {
            SegmentBounds.ordered(start, end, where + ".end", "its start");
        }
        return new SegmentEdit(integer(raw.get("segmentIndex"), where + ".segmentIndex"), start, end,
                skip == null ? null : truthy(skip),
                firstText(raw, REASON, where, "skip_reason", "skipReason"),
                text(raw, "comment", TEXT, where), text(raw, "triageComment", TEXT, where),
                text(raw, "rankingComment", TEXT, where),
                questions(raw.get("aiQuestions"), where + ".aiQuestions"), own,
                lines(raw.get("persona_variants"), where + ".persona_variants"),
                winners(raw.get("persona_winners"), where + ".persona_winners"), fields);
    }

    /**
     * The expert's own question: a known type (setting and settings are one, docs/decisions/0019-quiz-attempts.md) and
     * both texts.
     */
    static OwnQuestionEdit ownQuestion(String type, String question, String answer) {
        if (!QuestionTypes.isKnown(QuestionTypes.normalise(type))) {
            throw ApiException.badRequest("Invalid question type");
        }
        if (question == null || question.isBlank() || answer == null || answer.isBlank()) {
            throw ApiException.badRequest("Question and answer are required");
        }
        return OwnQuestionEdit.of(type, question, answer);
    }

    private List<QuestionEdit> questions(Object raw, String where) {
        if (raw == null) {
            return null;
        }
        if (!(raw instanceof List<?> list)) {
            throw ApiException.badRequest(where + " must be a list");
        }
        List<QuestionEdit> edits = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = where + "[" + i + "]";
            Map<String, Object> q = object(list.get(i), at);
            Object id = q.get("id");
            Integer rank = Ranks.parse(q.containsKey("expert_ranking") && q.get("expert_ranking") != null
                    ? q.get("expert_ranking") : q.get("ranking"));
            if (rank == null && (q.containsKey("expert_ranking") || q.containsKey("ranking"))) {
                rank = 0;
            }
            edits.add(new QuestionEdit(id == null ? null : Long.valueOf(integer(id, at + ".id")),
                    text(q, "type", TYPE, at), text(q, "question", TEXT, at), text(q, "answer", TEXT, at),
                    q.get("trashed") == null ? null : truthy(q.get("trashed")), rank));
        }
        return edits;
    }

    /** {@code {companion: {type: {q, a}}}}. */
    List<LineEdit> lines(Object raw, String where) {
        if (raw == null) {
            return null;
        }
        List<LineEdit> lines = new ArrayList<>();
        object(raw, where).forEach((companion, types) -> {
            FieldNames.check(companion, where);
            object(types, where + "." + companion).forEach((type, wording) -> {
                FieldNames.check(type, where + "." + companion);
                String at = where + "." + companion + "." + type;
                Map<String, Object> line = object(wording, at);
                lines.add(new LineEdit(companion, type, text(line, "q", TEXT, at), text(line, "a", TEXT, at)));
            });
        });
        return lines;
    }

    /** {@code {companion: type}}; null or "" unsets the companion's winner. */
    Map<String, String> winners(Object raw, String where) {
        if (raw == null) {
            return null;
        }
        Map<String, String> winners = new LinkedHashMap<>();
        object(raw, where).forEach((companion, type) -> {
            FieldNames.check(companion, where);
            if (type != null && !(type instanceof String)) {
                throw ApiException.badRequest(where + "." + companion + " must be a question type or null");
            }
            if (type != null && !((String) type).isEmpty()) {
                FieldNames.check((String) type, where + "." + companion);
            }
            winners.put(companion, type == null ? "" : (String) type);
        });
        return winners;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object raw, String where) {
        if (!(raw instanceof Map<?, ?> map)) {
            throw ApiException.badRequest(where + " must be an object");
        }
        return (Map<String, Object>) map;
    }

    static String text(Map<String, Object> raw, String name, int max, String where) {
        Object value = raw.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Map || value instanceof List) {
            throw ApiException.badRequest(where + "." + name + " must be text");
        }
        String text = String.valueOf(value);
        if (text.length() > max) {
            throw ApiException.badRequest(where + "." + name + " must be at most " + max + " characters");
        }
        return text;
    }

    private static String firstText(Map<String, Object> raw, int max, String where, String... names) {
        for (String name : names) {
            String text = text(raw, name, max, where);
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    static Integer integer(Object raw, String where) {
        if (raw == null) {
            return null;
        }
        Integer value = Ranks.parse(raw);
        if (value == null) {
            throw ApiException.badRequest(where + " must be a whole number");
        }
        return value;
    }

    /** The reference's truthiness for flags: true, 1, "true"/"1"/"yes". */
    static boolean truthy(Object raw) {
        if (raw instanceof Boolean b) {
            return b;
        }
        if (raw instanceof Number n) {
            return n.doubleValue() != 0;
        }
        String text = String.valueOf(raw).trim().toLowerCase(Locale.ROOT);
        return text.equals("true") || text.equals("1") || text.equals("yes");
    }
}
