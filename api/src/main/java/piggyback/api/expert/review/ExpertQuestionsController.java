package piggyback.api.expert.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import piggyback.api.security.Caller;
import piggyback.api.security.CurrentCaller;
import piggyback.api.web.Json;
import piggyback.api.web.JsonBody;
import piggyback.api.web.Limits;
import piggyback.api.web.SegmentBounds;
import piggyback.storage.UtcTime;
import piggyback.storage.questions.OwnQuestionEdit;
import piggyback.storage.questions.ReviewQuestion;
import piggyback.storage.questions.ReviewSegment;
import piggyback.storage.questions.ReviewSet;
import piggyback.storage.questions.SegmentEdit;
import piggyback.storage.segments.GeneratedQuestion;
import piggyback.storage.segments.GeneratedSegment;
import piggyback.storage.segments.GeneratedSegments;

/**
 * The expert's own question or skip per segment (docs/decisions/0007-versioned-publishing.md), saved
 * into the working set as a draft: children see it only once the set is published.
 */
@RestController
@Tag(name = "expert")
class ExpertQuestionsController {

    private final ReviewAccess access;
    private final Reviews reviews;
    private final GeneratedSegments generated;

    ExpertQuestionsController(ReviewAccess access, Reviews reviews, GeneratedSegments generated) {
        this.access = access;
        this.reviews = reviews;
        this.generated = generated;
    }

    /**
     * The AI questions for review (what the seed describes) as {@code segments}, and the expert
     * questions and skips of the working set in the reference's {@code questions} shape.
     */
    @GetMapping("/api/expert-questions/{videoId}")
    @Operation(summary = "Get AI-generated questions for a video (pre-review)")
    Map<String, Object> get(@CurrentCaller Caller expert, @PathVariable String videoId) {
        String id = access.video(expert, videoId);
        ReviewSet set = reviews.working(id, expert.accountId());
        List<Map<String, Object>> own = new ArrayList<>();
        for (ReviewSegment segment : set.segments()) {
            Optional<ReviewQuestion> question = segment.questions().stream().filter(ReviewQuestion::ownQuestion)
                    .findFirst();
            if (segment.skipped() || question.isPresent()) {
                own.add(Json.obj("segment_start", segment.startSeconds(), "segment_end", segment.endSeconds(),
                        "timestamp", segment.endSeconds(),
                        "question_type", segment.skipped() ? null : question.get().questionType(),
                        "question", segment.skipped() ? "" : question.get().question(),
                        "answer", segment.skipped() ? "" : question.get().answer(),
                        "skipped", segment.skipped(), "skip_reason", segment.skipReason() == null ? ""
                                : segment.skipReason(),
                        "updated_at", UtcTime.iso(segment.updatedAt())));
            }
        }
        return Json.obj("success", true, "video_id", id, "revision", set.revision(), "questions", own,
                "segments", generated.of(id).stream().map(ExpertQuestionsController::aiSegment).toList());
    }

    /** The own question, or a skip, of the segment with these bounds. */
    @PostMapping("/api/expert-questions")
    @Operation(summary = "Save expert question payload")
    Map<String, Object> save(@CurrentCaller Caller expert, @RequestBody Map<String, Object> body) {
        JsonBody fields = JsonBody.of(body);
        String id = access.video(expert, fields.firstText(Limits.ID + 1, "videoId", "video_id"), "videoId is required");
        double start = millisecond(SegmentBounds.required(body.get("segmentStart"), "segmentStart"));
        double end = millisecond(SegmentBounds.required(body.get("segmentEnd"), "segmentEnd"));
        SegmentBounds.ordered(start, end, "segmentEnd", "segmentStart");
        boolean skipped = ReviewEdits.truthy(body.getOrDefault("skipped", false))
                || ReviewEdits.truthy(body.getOrDefault("skip", false))
                || ReviewEdits.truthy(body.getOrDefault("isSkipped", false));
        String reason = fields.firstText(ReviewEdits.REASON, "skipReason", "skip_reason");
        OwnQuestionEdit own = skipped ? OwnQuestionEdit.removed()
                : ReviewEdits.ownQuestion(fields.firstText(ReviewEdits.TYPE, "questionType", "question_type"),
                fields.text("question", ReviewEdits.TEXT), fields.text("answer", ReviewEdits.TEXT));
        ReviewSet saved = reviews.save(id, Reviews.revision(body),
                List.of(SegmentEdit.at(start, end)
                        .withOwnQuestion(own, skipped, skipped && reason != null ? reason : "")),
                expert.accountId(), false);
        Map<String, Object> reply = Json.obj("success", true, "message", skipped ? "Segment marked as skipped."
                : "Expert question saved.", "updatedAt", UtcTime.iso(saved.updatedAt()), "skipped", skipped,
                "revision", saved.revision());
        reply.putAll(ReviewView.publication(saved));
        return reply;
    }

    /** Seconds rounded to 3 decimals, as the reference stored them. */
    private static double millisecond(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }

    private static Map<String, Object> aiSegment(GeneratedSegment segment) {
        Map<String, Object> questions = new LinkedHashMap<>();
        for (GeneratedQuestion question : segment.questions()) {
            questions.put(question.category(), Json.obj("q", question.question(), "a", question.answer(),
                    "rank", question.llmRank()));
        }
        return Json.obj("start", segment.start(), "end", segment.end(), "status", segment.status(),
                "generator", segment.generator(), "best_question", segment.bestQuestion(),
                "error_reason", segment.errorReason(), "questions", questions);
    }
}
