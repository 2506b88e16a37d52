package piggyback.api.kids.grading;

import java.math.BigInteger;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import piggyback.api.security.Caller;
import piggyback.api.security.CurrentCaller;
import piggyback.api.web.ApiException;
import piggyback.api.web.JsonBody;
import piggyback.storage.questions.PublishedAnswer;

/**
 * {@code POST /api/check_answer} (docs/decisions/0012): grades a child's transcribed answer. The body is read the
 * reference's lenient way ({@code {}} is an empty input, numbers and booleans are graded as their text), with
 * every field capped (docs/api-contract.md). With {@code question_id} the answer is graded against that published
 * question's own answer and wording, so a child's device never needs the answer key.
 */
@RestController
@Tag(name = "kids")
class CheckAnswerController {

    static final int FIELD_LIMIT = 500;
    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");

    /** Grading latency by outcome (the Prometheus {@code piggyback_grading_seconds}); a model may be asked. */
    static final String GRADING_TIMER = "piggyback.grading";

    private final AnswerGrader grader;
    private final GradableQuestions questions;
    private final MeterRegistry meters;

    CheckAnswerController(AnswerGrader grader, GradableQuestions questions, MeterRegistry meters) {
        this.grader = grader;
        this.questions = questions;
        this.meters = meters;
    }

    @PostMapping("/api/check_answer")
    @Operation(summary = "Evaluate a child's voice answer against the expected answer")
    Grade check(@CurrentCaller Caller caller, @RequestBody Map<String, Object> body) {
        JsonBody fields = JsonBody.of(body);
        String expected = fields.scalarText("expected", FIELD_LIMIT);
        String user = fields.scalarText("user", FIELD_LIMIT);
        String question = fields.scalarText("question", FIELD_LIMIT);
        Long questionId = questionId(body.get("question_id"));
        if (questionId == null) {
            return timed(() -> grader.grade(expected, user, question));
        }
        PublishedAnswer key = questions.find(caller, questionId);
        return timed(() -> grader.grade(key.answer(), user, key.question()));
    }

    private Grade timed(Supplier<Grade> grading) {
        Timer.Sample sample = Timer.start(meters);
        Grade grade = grading.get();
        sample.stop(Timer.builder(GRADING_TIMER).description("Grading a child's answer").tag("status", grade.status())
                .register(meters));
        return grade;
    }

    /** A JSON integer, or digits in a string; null when absent. */
    private static Long questionId(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger big && big.bitLength() < 64) {
            return big.longValue();
        }
        if (value instanceof String text && DIGITS.matcher(text.strip()).matches()) {
            return Long.parseLong(text.strip());
        }
        throw ApiException.badRequest("question_id must be a whole number");
    }
}
