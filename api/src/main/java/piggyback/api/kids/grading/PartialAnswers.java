package piggyback.api.kids.grading;

import java.util.List;
import java.util.Optional;

/**
 * The offline judge's first reading of an uncertain answer: how much of the expected answer's content it said.
 * Some key words said and the rest only implied (a light verb, a subject named by a pronoun, a prepositional
 * phrase, an adjective, a cause's effect: {@link KeyWords#essentialMissing}) is correct; some said and some
 * that carry the answer missing is almost, the labelling guide's "one part of a compound answer" ("she got a
 * present" for "a present and a hug", "the turtle" for "the turtle won"). A chat judge, when configured, sees
 * these answers before this rule does: a model reads a paraphrase better.
 */
public final class PartialAnswers {

    private static final Lexicon LEXICON = Lexicon.wordNet();
    private static final Kinds KINDS = Kinds.wordNet();

    private PartialAnswers() {
    }

    /**
     * @param question the question, cleaned as the grader cleans it (lower case, no punctuation)
     * @return correct or almost when some key words were said; empty when none was, or for a form the grader's
     *         own rules always decide (numbers, lists) or decide by polarity (yes/no)
     */
    public static Optional<Decision> judge(String question, String expected, String answer) {
        QuestionForm form = QuestionForm.of(question, expected);
        if (form == QuestionForm.NUMBER || form == QuestionForm.LIST || form == QuestionForm.YES_NO) {
            return Optional.empty();
        }
        KeyWords words = KeyWords.of(LEXICON, KINDS, question, expected, answer);
        if (words.noneSaid()) {
            return Optional.empty();
        }
        List<String> essential = words.essentialMissing(LEXICON, KINDS, form, List.of(expected.split(" ")),
                List.of(answer.split(" ")));
        return Optional.of(essential.isEmpty()
                ? new Decision(Grade.CORRECT, "Key words said, the rest implied")
                : new Decision(Grade.ALMOST, "Part of the answer (not " + String.join(", ", essential) + ")"));
    }
}
