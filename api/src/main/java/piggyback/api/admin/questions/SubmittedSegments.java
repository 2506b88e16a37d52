package piggyback.api.admin.questions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import piggyback.api.web.ApiException;
import piggyback.api.web.Json;
import piggyback.api.web.JsonBody;
import piggyback.api.web.SegmentBounds;
import piggyback.batch.questions.QuestionCategory;
import piggyback.batch.questions.RankedQuestion;
import piggyback.batch.questions.Ranks;
import piggyback.batch.questions.Segment;
import piggyback.batch.questions.SegmentFailure;
import piggyback.batch.questions.SegmentQuestions;
import piggyback.batch.questions.SegmentResult;
import piggyback.batch.questions.SegmentRows;
import piggyback.storage.segments.GeneratedSegment;

/**
 * Reads the segments an admin submits ({@code [{start, end, result}]} with R as the live generation
 * streamed it) into segment rows. Anything that could not be stored faithfully is refused with a
 * message naming the field, so nothing half-understood is written.
 */
final class SubmittedSegments {

    /** What wrote questions submitted without a generator's name. */
    static final String SUBMITTED = "submitted";
    static final int TEXT = 2000;
    static final int SHORT = 64;

    private SubmittedSegments() {
    }

    static List<GeneratedSegment> read(List<?> items) {
        List<GeneratedSegment> rows = new ArrayList<>();
        Set<Integer> starts = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String at = "questions[" + i + "]";
            Map<String, Object> item = object(items.get(i), at);
            Segment segment = new Segment(second(item.get("start"), at + ".start"), second(item.get("end"), at + ".end"));
            SegmentBounds.ordered(segment.start(), segment.end(), at + ".end", "its start");
            if (!starts.add(segment.start())) {
                throw ApiException.badRequest("two segments start at " + segment.start() + "s");
            }
            Map<String, Object> result = object(item.get("result"), at + ".result");
            String named = text(JsonBody.of(result), "generator", SHORT, at + ".result.generator");
            String generator = named == null || named.isBlank() ? SUBMITTED : named;
            rows.add(SegmentRows.of(segment, result(result, generator, at + ".result"), generator));
        }
        return rows;
    }

    /** A stored segment as {@link #read} takes it, so what an admin submitted reads back the same. */
    static Map<String, Object> asSubmitted(GeneratedSegment segment) {
        Map<String, Object> result;
        if (segment.generated()) {
            Map<String, Object> questions = new LinkedHashMap<>();
            segment.questions().forEach(q -> questions.put(q.category(), Json.obj("q", q.question(), "a", q.answer(),
                    "rank", q.llmRank())));
            result = Json.obj("questions", questions, "best_question", segment.bestQuestion(),
                    "generator", segment.generator());
        } else {
            result = Json.obj("error", Json.obj("reason", segment.errorReason(), "message", segment.errorDetail()),
                    "generator", segment.generator());
        }
        return Json.obj("start", segment.start(), "end", segment.end(), "result", result);
    }

    private static SegmentResult result(Map<String, Object> result, String generator, String at) {
        if (result.get("questions") != null) {
            return questions(object(result.get("questions"), at + ".questions"), JsonBody.of(result), generator, at);
        }
        if (result.get("error") != null) {
            JsonBody error = JsonBody.of(object(result.get("error"), at + ".error"));
            String reason = text(error, "reason", SHORT, at + ".error.reason");
            if (reason == null || reason.isBlank()) {
                throw ApiException.badRequest(at + ".error.reason is required");
            }
            return new SegmentFailure(reason, Boolean.TRUE.equals(error.bool("retryable")),
                    text(error, "message", TEXT, at + ".error.message"),
                    text(error, "raw_preview", TEXT, at + ".error.raw_preview"), 0);
        }
        throw ApiException.badRequest(at + " has neither questions nor an error");
    }

    private static SegmentQuestions questions(Map<String, Object> items, JsonBody result, String generator,
                                              String at) {
        Map<QuestionCategory, RankedQuestion> questions = new EnumMap<>(QuestionCategory.class);
        for (Map.Entry<String, Object> entry : items.entrySet()) {
            String where = at + ".questions." + entry.getKey();
            QuestionCategory category = QuestionCategory.fromKey(entry.getKey())
                    .orElseThrow(() -> ApiException.badRequest(where + " is not a question category"));
            Map<String, Object> fields = object(entry.getValue(), where);
            JsonBody question = JsonBody.of(fields);
            RankedQuestion ranked = new RankedQuestion(required(question, "q", where), required(question, "a", where),
                    Ranks.parse(fields.get("rank")));
            if (questions.put(category, ranked) != null) {
                throw ApiException.badRequest(where + " repeats the " + category.key() + " question");
            }
        }
        if (questions.isEmpty()) {
            throw ApiException.badRequest(at + ".questions has no question");
        }
        String best = text(result, "best_question", TEXT, at + ".best_question");
        if (best == null || best.isBlank()) {
            best = questions.values().stream()
                    .min(Comparator.comparing(q -> q.rank() == null ? Integer.MAX_VALUE : q.rank()))
                    .map(RankedQuestion::question).orElseThrow();
        }
        return new SegmentQuestions(questions, best, generator, 0);
    }

    private static String required(JsonBody body, String field, String at) {
        String text = text(body, field, TEXT, at + "." + field);
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest(at + "." + field + " is required");
        }
        return text.strip();
    }

    private static String text(JsonBody body, String field, int limit, String at) {
        try {
            return body.text(field, limit);
        } catch (ApiException e) {
            throw ApiException.badRequest(at + e.getMessage().substring(field.length()));
        }
    }

    private static int second(Object value, String at) {
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            return SegmentBounds.seconds(number, at).intValue();
        }
        throw ApiException.badRequest(at + " must be a whole number of seconds");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String at) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw ApiException.badRequest(at + " must be an object");
    }
}
