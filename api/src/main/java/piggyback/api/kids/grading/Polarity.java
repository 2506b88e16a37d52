package piggyback.api.kids.grading;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The polarity of an answer to a yes/no question, in the words children use: "yeah", "uh huh", "of course",
 * "i guess so" say yes; "nope", "no way", "i don't think so", "uh uh" say no. "maybe" alone says neither, and
 * "maybe yes" is a hedged yes.
 */
final class Polarity {

    enum Answer { YES, NO, BOTH, NONE }

    // longest phrases first: "i dont think so" must not be read as "i think so"
    private static final Pattern NO = Pattern.compile("\\b(i dont think so|i do not think so|dont think so|"
            + "not really|no way|uh uh|nope|nah|no|never|know)\\b");
    private static final Pattern YES = Pattern.compile("\\b(yes|yeah|yep|yup|ya|yea|uh huh|mhm|mm hmm|of course|"
            + "sure|i guess so|i think so|i guess|definitely|right|true)\\b");
    private static final Pattern HEDGE = Pattern.compile("\\b(maybe|perhaps|probably|kind of|sort of|kinda)\\b");

    private Polarity() {
    }

    /** The answer's own polarity word, if it says one. */
    static Answer said(String answer) {
        Matcher no = NO.matcher(answer);
        boolean saysNo = no.find();
        String rest = saysNo ? NO.matcher(answer).replaceAll(" ") : answer;
        boolean saysYes = YES.matcher(rest).find();
        if (saysNo && saysYes) {
            return Answer.BOTH;
        }
        return saysYes ? Answer.YES : saysNo ? Answer.NO : Answer.NONE;
    }

    /** The expected answer's polarity: its first word. */
    static Optional<Answer> expected(String expected) {
        if (expected.startsWith("yes")) {
            return Optional.of(Answer.YES);
        }
        if (expected.startsWith("no")) {
            return Optional.of(Answer.NO);
        }
        return Optional.empty();
    }

    static boolean hedged(String answer) {
        return HEDGE.matcher(answer).find();
    }

    /**
     * The polarity a statement implies about the question: it repeats one of the question's content words (yes,
     * or no when negated) or says the opposite of one (no): "she found it" to "did she find her shoe" says yes,
     * "its really big" to "is the elephant small" says no.
     */
    static Answer implied(Lexicon lexicon, Opposites opposites, String question, String answer) {
        Optional<Opposites.Finding> finding = opposites.find(question, answer, true, true);
        if (finding.isPresent()) {
            return finding.get().kind() == Opposites.Finding.Kind.NEGATED_OPPOSITE ? Answer.YES : Answer.NO;
        }
        List<String> asked = ContentWords.of(question);
        List<String> said = ContentWords.of(answer);
        for (String word : asked) {
            if (ContentWords.find(lexicon, said, word) >= 0) {
                return Answer.YES;
            }
        }
        return Answer.NONE;
    }
}
