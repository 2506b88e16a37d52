package piggyback.api.kids.grading;

import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * What kind of answer the question asks for, which decides what counts as correct: a number, a polarity, items
 * of a list, or content (a person or thing, a place, a feeling, an action, a cause, a result, a prediction).
 */
enum QuestionForm {
    /** How many / how much / how old, or an expected answer that is only a number: the number decides. */
    NUMBER,
    /** Is / did / can …: the polarity decides. */
    YES_NO,
    /** "name one …", "what three …", a comma-separated expected answer: the items named decide. */
    LIST,
    /** Who / which / what animal: the person or thing, so its head noun is enough. */
    PERSON_OR_THING,
    /** Where: the place, so its head noun is enough. */
    PLACE,
    /** How does … feel. */
    FEELING,
    /** What is … doing / what did … do: the action, so its verb is enough. */
    ACTION,
    /** Why: a cause, sometimes of two parts. */
    CAUSE,
    /** What happened / how did it end / who won. */
    OUTCOME,
    /** What will happen / what do you think: any plausible answer; a hedge is natural. */
    PREDICTION;

    private static final Pattern NUMBER_QUESTION =
            Pattern.compile("\\b(how many|how much|how old|number of|count)\\b");
    private static final Pattern YES_NO_ANSWER = Pattern.compile("^(yes|no)\\b");
    private static final Pattern YES_NO_QUESTION = Pattern.compile(
            "^(is|are|was|were|did|do|does|can|could|will|would|has|have|had|should)\\b");
    private static final Pattern PREDICTION_QUESTION = Pattern.compile("\\b(will|going to|think)\\b");
    private static final Pattern DID_DO = Pattern.compile("\\bdid\\b.*\\bdo\\b");
    private static final Pattern OUTCOME_QUESTION =
            Pattern.compile("\\b(happen|happened|happens|end|ended|won|win|lost|lose)\\b");

    /** Remembered by question and expected answer: a class answers the same few questions. */
    private static final Cache<String, QuestionForm> KNOWN = Caffeine.newBuilder().maximumSize(20_000).build();

    static QuestionForm of(String question, String expected) {
        return KNOWN.get(question + '\n' + expected, key -> classify(question, expected));
    }

    private static QuestionForm classify(String question, String expected) {
        String digits = NumberWords.toDigits(expected);
        if (!AnswerText.wordsToNumbers(digits).isEmpty()
                && (NUMBER_QUESTION.matcher(question).find() || AnswerText.normalizeText(digits).isEmpty())) {
            return NUMBER;
        }
        if (YES_NO_ANSWER.matcher(expected).find()
                || YES_NO_QUESTION.matcher(question).find() && ContentWords.of(expected).isEmpty()) {
            return YES_NO;
        }
        if (ListItems.extractItems(expected).size() > 1) {
            return LIST;
        }
        if (question.startsWith("why")) {
            return CAUSE;
        }
        if (question.startsWith("where") || question.contains("what place")) {
            return PLACE;
        }
        if (question.contains("feel")) {
            return FEELING;
        }
        if (PREDICTION_QUESTION.matcher(question).find()) {
            return PREDICTION;
        }
        if (OUTCOME_QUESTION.matcher(question).find()) {
            return OUTCOME;
        }
        if (question.contains("doing") || DID_DO.matcher(question).find()) {
            return ACTION;
        }
        return PERSON_OR_THING;
    }
}
