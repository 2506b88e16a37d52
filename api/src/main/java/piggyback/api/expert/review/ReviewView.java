package piggyback.api.expert.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import piggyback.api.web.Json;
import piggyback.storage.UtcTime;
import piggyback.storage.questions.ReviewLine;
import piggyback.storage.questions.ReviewQuestion;
import piggyback.storage.questions.ReviewSegment;
import piggyback.storage.questions.ReviewSet;
import tools.jackson.databind.json.JsonMapper;

/**
 * A question set as the review routes answer it: the reference's FinalSegment shape
 * ({@code start, end, aiQuestions, persona_variants, persona_winners} …) plus what the product
 * adds: each question's id, who changed it and when, the expert's own question, and the set's
 * version, status and revision (which the next save must send back).
 */
@Component
class ReviewView {

    private final JsonMapper json;

    ReviewView(JsonMapper json) {
        this.json = json;
    }

    Map<String, Object> of(ReviewSet set) {
        Map<String, Object> view = Json.obj("success", true, "video_id", set.videoId());
        view.putAll(publication(set));
        view.putAll(Json.obj("revision", set.revision(), "updated_by", set.updatedBy(),
                "updated_at", UtcTime.iso(set.updatedAt()), "published_by", set.publishedBy(),
                "published_at", UtcTime.iso(set.publishedAt())));
        view.put("segments", set.segments().stream().map(this::segment).toList());
        view.put("error", null);
        return view;
    }

    /**
     * Which version a route read or changed and whether children get it: {@code published}, or
     * {@code unpublished_changes} when the working set holds saved changes they do not get yet.
     */
    static Map<String, Object> publication(ReviewSet set) {
        return Json.obj("version", set.version(), "status", set.status(), "published", set.published(),
                "unpublished_changes", set.unpublishedChanges());
    }

    /** The reference's shape: {@code {videoId, segments: {"<start>-<end>": {persona_variants, persona_winners}}, updatedAt}}. */
    static Map<String, Object> companions(ReviewSet set) {
        Map<String, Object> segments = new LinkedHashMap<>();
        for (ReviewSegment segment : set.segments()) {
            segments.put(key(segment), Json.obj("persona_variants", variants(segment),
                    "persona_winners", winners(segment)));
        }
        return Json.obj("videoId", set.videoId(), "segments", segments, "updatedAt", UtcTime.iso(set.updatedAt()));
    }

    /** The preview page's spelling, JS number formatting: {@code "0-59"}, {@code "12.5-30"}. */
    static String key(ReviewSegment segment) {
        return seconds(segment.startSeconds()) + "-" + seconds(segment.endSeconds());
    }

    /** Whole seconds without a fraction, as the reference wrote them. */
    static Number seconds(double value) {
        // the casts stop the conditional from widening the long back to a double
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Number) (long) value : (Number) value;
    }

    private Map<String, Object> segment(ReviewSegment segment) {
        Map<String, Object> view = new LinkedHashMap<>();
        // fields the server does not model first, so the modelled ones below always win
        segment.fields().forEach((name, text) -> view.put(name, json.readValue(text, Object.class)));
        view.put("segmentIndex", segment.segmentIndex());
        view.put("start", seconds(segment.startSeconds()));
        view.put("end", seconds(segment.endSeconds()));
        view.put("skipped", segment.skipped());
        view.put("skip_reason", segment.skipReason());
        view.put("comment", segment.comment());
        view.put("triageComment", segment.triageComment());
        view.put("rankingComment", segment.rankingComment());
        view.put("updated_by", segment.updatedBy());
        view.put("updated_at", UtcTime.iso(segment.updatedAt()));
        List<Map<String, Object>> ai = new ArrayList<>();
        Map<String, Object> own = null;
        for (ReviewQuestion question : segment.questions()) {
            if (question.ownQuestion()) {
                own = Json.obj("id", question.questionId(), "type", question.questionType(),
                        "question", question.question(), "answer", question.answer(),
                        "updated_by", question.updatedBy(), "updated_at", UtcTime.iso(question.updatedAt()));
            } else {
                ai.add(Json.obj("id", question.questionId(), "type", question.questionType(),
                        "question", question.question(), "answer", question.answer(),
                        "originalQuestion", question.originalQuestion(), "originalAnswer", question.originalAnswer(),
                        "trashed", question.trashed(), "modified", question.modified(),
                        "expert_ranking", question.expertRanking(), "llm_ranking", question.llmRanking(),
                        "updated_by", question.updatedBy(), "updated_at", UtcTime.iso(question.updatedAt())));
            }
        }
        view.put("aiQuestions", ai);
        view.put("expertQuestion", own);
        view.put("persona_variants", variants(segment));
        view.put("persona_winners", winners(segment));
        return view;
    }

    private static Map<String, Object> variants(ReviewSegment segment) {
        Map<String, Object> byCompanion = new LinkedHashMap<>();
        for (ReviewLine line : segment.lines()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> types = (Map<String, Object>) byCompanion.computeIfAbsent(line.companion(),
                    c -> new LinkedHashMap<String, Object>());
            types.put(line.questionType(), Json.obj("q", line.question(), "a", line.answer(),
                    "updated_by", line.updatedBy(), "updated_at", UtcTime.iso(line.updatedAt())));
        }
        return byCompanion;
    }

    private static Map<String, Object> winners(ReviewSegment segment) {
        Map<String, Object> winners = new LinkedHashMap<>();
        segment.lines().stream().filter(ReviewLine::winner)
                .forEach(line -> winners.put(line.companion(), line.questionType()));
        return winners;
    }
}
