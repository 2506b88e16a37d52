package piggyback.api.kids.grading;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The grader {@code POST /api/check_answer} uses: the reference procedure ({@link ReferenceGrader}) with the
 * thresholds of {@code piggyback.quiz.*} (spec §11.2), under fixes for the reference's grading bugs (spec §12.3-9,
 * ARCHITECTURE A-10), each of which keeps or improves the agreement with a teacher on the labelled development
 * set (README). The application's {@link BorderlineJudge} decides the borderline band when one is defined and
 * {@code use-ai} is on; otherwise borderline answers default to "almost", as in the reference without AI.
 */
@Component
public class AnswerGrader {

    /** The fixes, in the order the evaluation adds them. */
    public enum Fix {
        /** Tens above twenty, "hundred and five", and adjacent number words read apart or as a count. */
        NUMBER_WORDS,
        /** "not hungry" is not "hungry"; "not sad" is "happy" (with {@link #ANTONYMS}). */
        NEGATION,
        /** "sad" is not "happy", by WordNet's antonyms. */
        ANTONYMS,
        /** A one-word list item must be said, or nearly ("gren"), not just resemble ("green" for "red"). */
        LIST_ITEMS
    }

    private final ReferenceGrader reference;
    private final Set<Fix> fixes;
    private final Opposites opposites = new Opposites(Lexicon.wordNet());

    @Autowired
    public AnswerGrader(@Value("${piggyback.quiz.rapidfuzz-correct:0.75}") double correctAt,
                        @Value("${piggyback.quiz.rapidfuzz-wrong:0.45}") double wrongAt,
                        @Value("${piggyback.quiz.use-ai:true}") boolean useAi,
                        Optional<BorderlineJudge> judge) {
        this(correctAt, wrongAt, useAi ? judge.orElse(BorderlineJudge.NONE) : BorderlineJudge.NONE,
                EnumSet.allOf(Fix.class));
    }

    /** A grader with only some of the fixes, to measure what each one adds. */
    public AnswerGrader(double correctAt, double wrongAt, BorderlineJudge judge, Set<Fix> fixes) {
        this.fixes = fixes.isEmpty() ? EnumSet.noneOf(Fix.class) : EnumSet.copyOf(fixes);
        this.reference = new ReferenceGrader(correctAt, wrongAt, judge,
                this.fixes.contains(Fix.LIST_ITEMS) ? ListItems.Rule.STRICT : ListItems.Rule.REFERENCE);
    }

    /** Grades the child's answer; null fields count as empty. The echoed texts are the request's, cleaned. */
    public Grade grade(String expected, String user, String question) {
        String e = ReferenceGrader.clean(expected);
        String u = ReferenceGrader.clean(user);
        boolean numberWords = fixes.contains(Fix.NUMBER_WORDS);
        String readE = numberWords ? NumberWords.toDigits(e) : e;
        String readU = numberWords ? NumberWords.toDigits(u) : u;
        Grade graded = opposite(readE, readU).orElseGet(() -> reference.grade(readE, readU, question));
        return new Grade(graded.similarity(), e, u, graded.isNumeric(), graded.status(), graded.reason());
    }

    /** The decision on an answer that negates or opposes the expected one, before any judge is asked. */
    private Optional<Grade> opposite(String e, String u) {
        boolean negation = fixes.contains(Fix.NEGATION);
        boolean antonyms = fixes.contains(Fix.ANTONYMS);
        if (!negation && !antonyms || e.isEmpty() || u.isEmpty()) {
            return Optional.empty();
        }
        return opposites.find(e, u, negation, antonyms).map(finding -> {
            double similarity = ReferenceGrader.round(ReferenceGrader.score(e, u), 3).doubleValue();
            boolean isNumeric = !AnswerText.wordsToNumbers(e).isEmpty();
            return switch (finding.kind()) {
                case NEGATED -> new Grade(similarity, e, u, isNumeric, Grade.WRONG,
                        "Negated answer (" + finding.answerWord() + ")");
                case OPPOSITE -> new Grade(similarity, e, u, isNumeric, Grade.WRONG,
                        "Opposite answer (" + finding.answerWord() + " / " + finding.expectedWord() + ")");
                case NEGATED_OPPOSITE -> new Grade(similarity, e, u, isNumeric, Grade.CORRECT,
                        "Negated opposite (not " + finding.answerWord() + " = " + finding.expectedWord() + ")");
            };
        });
    }
}
