package piggyback.api.expert.review;

import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import piggyback.api.security.Caller;
import piggyback.api.security.CurrentCaller;
import piggyback.api.web.ApiException;
import piggyback.api.web.Json;
import piggyback.api.web.SegmentBounds;
import piggyback.batch.questions.QuestionCategory;
import piggyback.batch.questions.RankedQuestion;
import piggyback.batch.questions.Segment;
import piggyback.batch.questions.SegmentFailure;
import piggyback.batch.questions.SegmentGeneration;
import piggyback.batch.questions.SegmentQuestions;
import piggyback.batch.questions.SegmentResult;
import piggyback.storage.questions.ReviewSegment;
import piggyback.storage.questions.ReviewSet;

/**
 * A new question of one category for one segment, written by the pipeline's
 * question generator from the segment's frames and transcript. Nothing is stored: the expert
 * puts it in the editor and it is saved with the next save, like any edit.
 */
@RestController
@Tag(name = "expert")
class RegenerateController {

    private final ReviewAccess access;
    private final Reviews reviews;
    private final SegmentGeneration generation;

    RegenerateController(ReviewAccess access, Reviews reviews, SegmentGeneration generation) {
        this.access = access;
        this.reviews = reviews;
        this.generation = generation;
    }

    /**
     * Body {@code {question_type, segmentIndex | (segment_start, segment_end), current_question?,
     * current_answer?}}. A generator failure is a 502 and a category the generator could not
     * write for the segment a 422, each with {@code "Regeneration failed: …"}.
     */
    @PostMapping("/api/expert/video/{videoId}/regenerate-question")
    @Operation(summary = "Regenerate a single question for a video using AI")
    Map<String, Object> regenerate(@CurrentCaller Caller expert, @PathVariable String videoId,
                                   @RequestBody Map<String, Object> body) {
        String id = access.video(expert, videoId);
        String rawType = ReviewEdits.text(body, "question_type", ReviewEdits.TYPE, "body");
        QuestionCategory category = QuestionCategory.fromKey(rawType).orElseThrow(() -> ApiException.badRequest(
                "question_type must be one of character, setting, feeling, action, causal, outcome, prediction"));
        ReviewSegment segment = segment(reviews.working(id, expert.accountId()), body)
                .orElseThrow(() -> ApiException.badRequest(
                        "segmentIndex or segment_start and segment_end must name a segment of this video"));
        SegmentResult result = generation.generate(id, new Segment((int) Math.floor(segment.startSeconds()),
                (int) Math.floor(segment.endSeconds())));
        if (result instanceof SegmentFailure failure) {
            throw new ApiException(HttpStatus.BAD_GATEWAY, "Regeneration failed: " + failure.reason()
                    + (failure.message() == null ? "" : " (" + failure.message() + ")"));
        }
        RankedQuestion question = ((SegmentQuestions) result).questions().get(category);
        if (question == null) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "Regeneration failed: no " + category.key()
                    + " question could be written for this segment");
        }
        return Json.obj("success", true, "question", question.question(), "answer", question.answer(),
                "question_type", category.key(), "segmentIndex", segment.segmentIndex(),
                "generator", ((SegmentQuestions) result).generator());
    }

    private static Optional<ReviewSegment> segment(ReviewSet set, Map<String, Object> body) {
        Integer index = ReviewEdits.integer(body.get("segmentIndex"), "segmentIndex");
        if (index != null) {
            return set.segments().stream().filter(s -> s.segmentIndex() == index).findFirst();
        }
        Double start = SegmentBounds.seconds(body.get("segment_start"), "segment_start");
        Double end = SegmentBounds.seconds(body.get("segment_end"), "segment_end");
        if (start == null || end == null) {
            return Optional.empty();
        }
        return set.segments().stream().filter(s -> Math.abs(s.startSeconds() - start) < 0.5
                && Math.abs(s.endSeconds() - end) < 0.5).findFirst();
    }
}
