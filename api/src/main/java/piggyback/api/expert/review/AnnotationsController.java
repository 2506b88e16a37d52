package piggyback.api.expert.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import piggyback.api.security.Caller;
import piggyback.api.security.CurrentCaller;
import piggyback.api.web.ApiException;
import piggyback.api.web.Json;
import piggyback.api.web.JsonBody;
import piggyback.api.web.Limits;
import piggyback.api.web.SegmentBounds;
import piggyback.storage.UtcTime;
import piggyback.storage.questions.OwnQuestionEdit;
import piggyback.storage.questions.QuestionTypes;
import piggyback.storage.questions.ReviewSet;
import piggyback.storage.questions.SegmentEdit;
import tools.jackson.databind.json.JsonMapper;

/**
 * Annotations ({@code detail} errors, docs/decisions/0001-error-envelopes.md): a segment's own question
 * or skip, and in review mode the expert's verdict on the model's best question, saved into the working
 * set as drafts (the reference wrote them to files nothing read). The video is named by {@code
 * video_id}; in review mode a question file path {@code <video_id>/questions/<video_id>.json} also names
 * it.
 */
@RestController
@Tag(name = "expert")
class AnnotationsController {

    private final ReviewAccess access;
    private final Reviews reviews;
    private final JsonMapper json;

    AnnotationsController(ReviewAccess access, Reviews reviews, JsonMapper json) {
        this.access = access;
        this.reviews = reviews;
        this.json = json;
    }

    @PostMapping("/api/expert-annotations")
    @Operation(summary = "Save expert annotations payload")
    Map<String, Object> annotate(@CurrentCaller Caller expert, @RequestBody Map<String, Object> body) {
        JsonBody fields = JsonBody.of(body);
        String mode = fields.text("mode", Limits.FIELD);
        mode = mode == null ? "review" : mode.trim().toLowerCase(Locale.ROOT);
        if (!mode.equals("review") && !mode.equals("create")) {
            throw ApiException.badRequest("mode must be review or create");
        }
        String videoId = fields.text("video_id", Limits.ID + 1);
        if ((videoId == null || videoId.isBlank()) && mode.equals("review")) {
            videoId = videoOfFile(fields.text("file", 500));
        }
        if (videoId == null || videoId.isBlank()) {
            throw ApiException.badRequest(mode.equals("create") ? "Missing video_id for create mode."
                    : "Invalid question file.");
        }
        String id = access.video(expert, videoId);
        Integer start = whole(body.get("start"));
        Integer end = whole(body.get("end"));
        if (start == null || end == null) {
            throw ApiException.badRequest("Invalid segment bounds.");
        }
        SegmentBounds.seconds(start, "start");
        SegmentBounds.seconds(end, "end");
        SegmentBounds.ordered(start, end, "end", "start");
        Integer segmentIndex = body.get("segment_index") == null ? null : whole(body.get("segment_index"));
        boolean skip = ReviewEdits.truthy(body.getOrDefault("skip", false));
        Map<String, Object> entry = Json.obj("segment_index", segmentIndex, "start", start, "end", end);
        SegmentEdit edit = SegmentEdit.at(start, end);
        if (skip) {
            entry.putAll(Json.obj("question_type", "skip", "question_type_label", "Skipped", "question", "(skipped)",
                    "answer", "", "skipped", true));
            edit = edit.withOwnQuestion(OwnQuestionEdit.removed(), true, "");
        } else {
            String question = fields.text("question", ReviewEdits.TEXT);
            String answer = fields.text("answer", ReviewEdits.TEXT);
            if (question == null || question.isBlank() || answer == null || answer.isBlank()) {
                throw ApiException.badRequest("Question and answer are required.");
            }
            String type = QuestionTypes.normalise(fields.text("question_type", ReviewEdits.TYPE));
            if (!QuestionTypes.isKnown(type)) {
                throw ApiException.badRequest("Invalid question type.");
            }
            entry.putAll(Json.obj("question_type", type, "question_type_label",
                    Character.toUpperCase(type.charAt(0)) + type.substring(1), "question", question.strip(),
                    "answer", answer.strip(), "skipped", false));
            edit = edit.withOwnQuestion(OwnQuestionEdit.of(type, question, answer), false, "");
            if (mode.equals("review") && body.get("best_question") != null) {
                Map<String, Object> verdict = bestQuestion(
                        ReviewEdits.object(body.get("best_question"), "best_question"));
                entry.put("best_question", verdict);
                edit = edit.withFields(Map.of("best_question", json.writeValueAsString(verdict)));
            }
        }
        ReviewSet saved = reviews.save(id, Reviews.revision(body), List.of(edit), expert.accountId(), false);
        entry.put("saved_at", UtcTime.iso(saved.updatedAt()));
        entry.put("mode", mode);
        Map<String, Object> reply = Json.obj("success", true, "annotation", entry, "mode", mode,
                "revision", saved.revision());
        reply.putAll(ReviewView.publication(saved));
        return reply;
    }

    /**
     * As the reference: approved (default true; "true"/"1"/"yes"/"approved" count), a comment required to disapprove.
     */
    private static Map<String, Object> bestQuestion(Map<String, Object> raw) {
        Object approvedRaw = raw.get("approved");
        boolean approved = approvedRaw == null || ReviewEdits.truthy(approvedRaw)
                || "approved".equalsIgnoreCase(String.valueOf(approvedRaw).trim());
        String comment = ReviewEdits.text(raw, "comment", ReviewEdits.TEXT, "best_question");
        if (!approved && (comment == null || comment.isBlank())) {
            throw ApiException.badRequest("Provide a comment when disapproving the best question.");
        }
        Map<String, Object> verdict = new LinkedHashMap<>();
        verdict.put("question", ReviewEdits.text(raw, "question", ReviewEdits.TEXT, "best_question"));
        verdict.put("answer", ReviewEdits.text(raw, "answer", ReviewEdits.TEXT, "best_question"));
        verdict.put("approved", approved);
        if (!approved) {
            verdict.put("comment", comment.strip());
        }
        return verdict;
    }

    /** {@code [/][downloads/]<video_id>/questions/<file>.json} → the video id; null when it is not that. */
    private static String videoOfFile(String file) {
        if (file == null) {
            return null;
        }
        String path = file.strip().replaceFirst("^/", "").replaceFirst("^downloads/", "");
        String[] parts = path.split("/");
        return parts.length == 3 && parts[1].equals("questions") && parts[2].endsWith(".json") ? parts[0] : null;
    }

    private static Integer whole(Object raw) {
        if (raw instanceof Integer || raw instanceof Long) {
            return ((Number) raw).intValue();
        }
        if (raw instanceof String text && text.strip().matches("-?\\d{1,9}")) {
            return Integer.valueOf(text.strip());
        }
        return null;
    }
}
