package piggyback.api.kids.grading;

import java.util.regex.Pattern;

/**
 * Expected answers that are not an answer but a licence: the offline question writer's "Any guess that fits the
 * story so far" for a prediction with nothing after it ({@code QuestionGenerator.ANY_FITTING_GUESS}), or what a
 * model or an expert writes for an open question ("Answers will vary", "Accept any reasonable idea"). A teacher
 * takes any real guess at such a question, so the grader does too; a non-answer is still wrong (that rule comes
 * first), and the judge is not asked, as there is nothing to compare with.
 */
final class OpenAnswers {

    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]+");
    private static final Pattern OPEN = Pattern.compile(
            "^(accept )?any( \\w+){0,2} (guess|guesses|answer|answers|idea|ideas|prediction|predictions|response)\\b"
            + "|^anything (that|which) (fits|makes sense)\\b"
            + "|\\banswers (will|may|can|could|might) vary\\b"
            + "|^open (answer|ended|question)\\b");

    private OpenAnswers() {
    }

    /** Whether the expected answer (lower case) accepts any fitting guess rather than naming one. */
    static boolean isOpen(String expected) {
        return OPEN.matcher(NOT_LETTERS.matcher(expected).replaceAll(" ").strip()).find();
    }
}
