package piggyback.api.expert.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import piggyback.api.security.Caller;
import piggyback.api.security.CurrentCaller;
import piggyback.api.web.ApiException;
import piggyback.api.web.FieldNames;
import piggyback.api.web.Json;
import piggyback.api.web.SegmentBounds;
import piggyback.batch.companions.CompanionLine;
import piggyback.batch.companions.CompanionWritingException;
import piggyback.batch.companions.QuestionToReword;
import piggyback.storage.questions.LineEdit;
import piggyback.storage.questions.ReviewSegment;
import piggyback.storage.questions.ReviewSet;
import piggyback.storage.questions.SegmentEdit;

/**
 * Each companion's wording and its winner per segment (docs/decisions/0007-versioned-publishing.md), kept in the
 * working set: children get a change once the set is published (the replies say which version
 * changed and whether it is published). Segment keys are read in both spellings ({@code "0-59"}, {@code "00060-00119"}),
 * matched within half a second.
 */
@RestController
@Tag(name = "expert")
class CompanionVariantsController {

    private final ReviewAccess access;
    private final Reviews reviews;
    private final ReviewEdits edits;
    private final CompanionWording wording;

    CompanionVariantsController(ReviewAccess access, Reviews reviews, ReviewEdits edits, CompanionWording wording) {
        this.access = access;
        this.reviews = reviews;
        this.edits = edits;
        this.wording = wording;
    }

    @GetMapping("/api/expert/video/{videoId}/persona-variants")
    @Operation(summary = "Get companion-variant questions for a video")
    Map<String, Object> get(@CurrentCaller Caller expert, @PathVariable String videoId) {
        String id = access.video(expert, videoId);
        ReviewSet set = reviews.working(id, expert.accountId());
        Map<String, Object> reply = Json.obj("success", true, "data", ReviewView.companions(set), "revision",
                set.revision());
        reply.putAll(ReviewView.publication(set));
        return reply;
    }

    /**
     * {@code {segments: {key: {persona_variants?, persona_winners?}}, generate?, revision?}}: exactly
     * the wordings and winners sent are merged in; nothing else changes. The companion writer words a
     * segment from its kept questions only when asked: {@code "generate": true} (the named segments,
     * every segment when none is named, replacing their wording), or a segment that has no wording
     * yet and for which nothing is sent (every such segment when none is named).
     */
    @PostMapping("/api/expert/video/{videoId}/persona-variants")
    @Operation(summary = "Save companion-variant questions for a video, or generate them when asked")
    Map<String, Object> save(@CurrentCaller Caller expert, @PathVariable String videoId,
                             @RequestBody Map<String, Object> body) {
        String id = access.video(expert, videoId);
        Map<String, Object> sent = body.get("segments") == null ? Map.of()
                : ReviewEdits.object(body.get("segments"), "segments");
        boolean asked = body.get("generate") != null && ReviewEdits.truthy(body.get("generate"));
        ReviewSet current = reviews.working(id, expert.accountId());
        List<SegmentEdit> changes = new ArrayList<>();
        List<String> generated = new ArrayList<>();
        for (ReviewSegment segment : current.segments()) {
            Optional<Map<String, Object>> named = entryOf(sent, segment);
            boolean wanted = sent.isEmpty() || named.isPresent();
            boolean emptyStore = segment.lines().isEmpty() && named.map(CompanionVariantsController::namesNothing)
                    .orElse(true);
            if (wanted && (asked || emptyStore)) {
                changes.add(edit(segment).withLines(generated(segment), null));
                generated.add(ReviewView.key(segment));
            }
        }
        sent.forEach((key, raw) -> {
            Map<String, Object> entry = ReviewEdits.object(raw, "segments." + key);
            double[] bounds = bounds(key);
            SegmentEdit change = SegmentEdit.at(bounds[0], bounds[1]).withLines(
                    edits.lines(entry.get("persona_variants"), "segments." + key + ".persona_variants"),
                    edits.winners(entry.get("persona_winners"), "segments." + key + ".persona_winners"));
            changes.add(change);
        });
        ReviewSet saved = reviews.save(id, Reviews.revision(body), changes, expert.accountId(), false);
        Map<String, Object> reply = Json.obj("success", true, "generated", !generated.isEmpty(),
                "generated_segments", generated, "revision", saved.revision());
        reply.putAll(ReviewView.publication(saved));
        reply.put("data", ReviewView.companions(saved));
        return reply;
    }

    /**
     * Always 200, as the reference's page expects; {@code success: false} with the reason when nothing could be worded.
     */
    @PostMapping("/api/expert/questions/persona-variants")
    @Operation(summary = "Generate companion-variant questions from a question list")
    Map<String, Object> fromQuestions(@CurrentCaller Caller expert, @RequestBody Map<String, Object> body) {
        if (!(body.get("questions") instanceof Map<?, ?> questions) || questions.isEmpty()) {
            throw ApiException.badRequest("questions dict is required");
        }
        List<QuestionToReword> originals = new ArrayList<>();
        ReviewEdits.object(questions, "questions").forEach((type, raw) -> {
            // the type comes back as a key of the reply, so it is held to the field-name rule
            FieldNames.check(type, "questions");
            if (raw instanceof Map<?, ?>) {
                Map<String, Object> question = ReviewEdits.object(raw, "questions." + type);
                String q = ReviewEdits.text(question, "q", ReviewEdits.TEXT, "questions." + type);
                String a = ReviewEdits.text(question, "a", ReviewEdits.TEXT, "questions." + type);
                if (q != null && !q.isBlank()) {
                    originals.add(new QuestionToReword(type.toLowerCase(Locale.ROOT), q, a == null ? "" : a));
                }
            }
        });
        if (originals.isEmpty()) {
            return Json.obj("success", false, "message", "No valid questions to rephrase");
        }
        String best = body.get("best_question") instanceof String text ? text : null;
        try {
            Map<String, Object> variants = new LinkedHashMap<>();
            for (String companion : List.of("bunny", "alligator", "pig")) {
                variants.put(companion, new LinkedHashMap<String, Object>());
            }
            for (CompanionLine line : wording.write(originals, best)) {
                @SuppressWarnings("unchecked")
                Map<String, Object> byType = (Map<String, Object>) variants.get(line.companion().key());
                Map<String, Object> item = Json.obj("q", line.question(), "a", line.answer());
                if (line.best()) {
                    item.put("is_best", true);
                }
                byType.put(line.category(), item);
            }
            return Json.obj("success", true, "variants", variants);
        } catch (RuntimeException failed) {
            return Json.obj("success", false, "message", "Persona generation failed: " + failed.getMessage());
        }
    }

    private List<LineEdit> generated(ReviewSegment segment) {
        try {
            return wording.forSegment(segment);
        } catch (CompanionWritingException failed) {
            throw new ApiException(HttpStatus.BAD_GATEWAY, "Persona generation failed: " + failed.getMessage());
        }
    }

    private static SegmentEdit edit(ReviewSegment segment) {
        return SegmentEdit.at(segment.startSeconds(), segment.endSeconds());
    }

    private static Optional<Map<String, Object>> entryOf(Map<String, Object> sent, ReviewSegment segment) {
        return sent.entrySet().stream().filter(entry -> matches(entry.getKey(), segment))
                .map(entry -> ReviewEdits.object(entry.getValue(), "segments." + entry.getKey())).findFirst();
    }

    private static boolean namesNothing(Map<String, Object> entry) {
        return entry.get("persona_variants") == null && entry.get("persona_winners") == null;
    }

    private static boolean matches(String key, ReviewSegment segment) {
        double[] bounds = bounds(key);
        return Math.abs(bounds[0] - segment.startSeconds()) < 0.5 && Math.abs(bounds[1] - segment.endSeconds()) < 0.5;
    }

    /** {@code "0-59"}, {@code "12.5-30"} or {@code "00060-00119"} → start and end, held to the bounds rule. */
    static double[] bounds(String key) {
        String[] parts = key.split("-");
        double[] parsed;
        try {
            parsed = parts.length == 2 ? new double[] {Double.parseDouble(parts[0].trim()),
                Double.parseDouble(parts[1].trim())} : null;
        } catch (NumberFormatException e) {
            parsed = null;
        }
        if (parsed == null) {
            throw ApiException.badRequest("segment key " + key + " must be <start>-<end>, e.g. 0-59 or 00060-00119");
        }
        String where = "segment key " + key;
        SegmentBounds.seconds(parsed[0], where + ": start");
        SegmentBounds.seconds(parsed[1], where + ": end");
        SegmentBounds.ordered(parsed[0], parsed[1], where + ": end", "its start");
        return parsed;
    }
}
