package piggyback.api.kids.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import piggyback.api.kids.grading.AnswerGrader.Fix;

/**
 * Each fix of the reference's grading bugs (spec §12.3-9) on the answers that show it, against the reference
 * procedure's grade of the same answer.
 */
class AnswerGraderFixesTest {

    private static final ReferenceGrader REFERENCE = new ReferenceGrader(0.75, 0.45, BorderlineJudge.NONE);
    private static final AnswerGrader FIXED =
            new AnswerGrader(0.75, 0.45, BorderlineJudge.NONE, EnumSet.allOf(Fix.class));

    @ParameterizedTest(name = "{0} / {1}: reference {3}, fixed {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            three                | one two three           | how many dogs   | wrong   | correct | Numeric answer matched
            five                 | one two three           | how many apples | wrong   | wrong   | Numeric mismatch
            thirty               | 30                      | how many        | wrong   | correct | Numeric answer matched
            thirty               | forty                   | how many        | correct | wrong   | Numeric mismatch
            forty two            | 42                      | how many        | wrong   | correct | Numeric answer matched
            one hundred and five | 105                     | how many pages  | wrong   | correct | Numeric answer matched
            one hundred and five | one hundred             | how many pages  | correct | wrong   | Numeric mismatch
            """)
    void numberWords(String expected, String user, String question, String reference, String fixed, String reason) {
        assertFixed(expected, user, question, reference, fixed, reason);
    }

    @ParameterizedTest(name = "{0} / {1}: reference {3}, fixed {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            hungry           | not hungry              | how did the puppy feel | correct | wrong   | Negated answer (hungry)
            hungry           | he wasnt hungry         | how did the puppy feel | correct | wrong   | Negated answer (hungry)
            it barked        | it didn't bark          | what did the dog do    | correct | wrong   | Negated answer (bark)
            it broke         | it didnt break          | what happened          | almost  | wrong   | Negated answer (break)
            happy            | hes not sad             | how does the dog feel  | correct | correct | Negated opposite (not sad = happy)
            sad              | not happy               | how did he feel        | correct | correct | Negated opposite (not happy = sad)
            no               | no it didnt rain        | did it rain            | correct | correct | High RapidFuzz score 1.00
            """)
    void negation(String expected, String user, String question, String reference, String fixed, String reason) {
        assertFixed(expected, user, question, reference, fixed, reason);
    }

    @ParameterizedTest(name = "{0} / {1}: reference {3}, fixed {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            happy              | sad                | how does the dog feel | correct | wrong | Opposite answer (sad / happy)
            sad                | happy              | how did he feel       | correct | wrong | Opposite answer (happy / sad)
            happy              | unhappy            | how does the dog feel | correct | wrong | Opposite answer (unhappy / happy)
            it was too tall    | it was too short   | why did it fall       | correct | wrong | Opposite answer (short / tall)
            go outside to play | stay inside        | what will they do     | almost  | wrong | Opposite answer (inside / outside)
            the turtle won     | the turtle lost    | how did it end        | correct | wrong | Opposite answer (lost / won)
            """)
    void antonyms(String expected, String user, String question, String reference, String fixed, String reason) {
        assertFixed(expected, user, question, reference, fixed, reason);
    }

    @ParameterizedTest(name = "{0} / {1}: reference {3}, fixed {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            red, blue, and green        | red              | what colors     | almost  | almost  | Matched 1 of 3 items
            red, blue, and green        | purple           | what colors     | almost  | wrong   | Matched 0 of 3 items
            red, blue, and green        | read blue gren   | what colors     | correct | correct | Matched 3 of 3 items (need 3)
            bananas, apples, and grapes | pears            | name one fruit  | correct | wrong   | Matched 0 of 3 items
            a toothbrush, a book        | a tooth brush    | name one thing  | correct | correct | Matched 1 of 2 items (need 1)
            a dog called rex, a cat     | rex and the cat  | who is in it    | correct | correct | Matched 2 of 2 items (need 2)
            """)
    void listItems(String expected, String user, String question, String reference, String fixed, String reason) {
        assertFixed(expected, user, question, reference, fixed, reason);
    }

    @Test
    void theFixesOnlyChangeWhatTheyFix() {
        // spec §5.6's worked examples keep their grades
        assertThat(FIXED.grade("pikachu", "pikahu", "")).isEqualTo(REFERENCE.grade("pikachu", "pikahu", ""));
        assertThat(FIXED.grade("3 dogs", "three dogs", "how many dogs"))
                .isEqualTo(REFERENCE.grade("3 dogs", "three dogs", "how many dogs"));
        assertThat(FIXED.grade("the mother", "mom", "")).isEqualTo(REFERENCE.grade("the mother", "mom", ""));
        assertThat(FIXED.grade(null, null, null)).isEqualTo(REFERENCE.grade(null, null, null));
    }

    @Test
    void theEchoedTextsAreTheRequestsNotTheRewrittenOnes() {
        Grade grade = FIXED.grade(" Forty Two ", "One two three", "how many");

        assertThat(grade.expected()).isEqualTo("forty two");
        assertThat(grade.user()).isEqualTo("one two three");
        assertThat(grade.isNumeric()).isTrue();
    }

    @Test
    void anOppositeIsDecidedBeforeAnyJudgeIsAsked() {
        BorderlineJudge judge = (q, e, u) -> {
            throw new AssertionError("the judge was asked about " + u);
        };
        AnswerGrader grader = new AnswerGrader(0.75, 0.45, judge, EnumSet.allOf(Fix.class));

        assertThat(grader.grade("it will melt", "it will not melt", "what happens").status()).isEqualTo("wrong");
    }

    @Test
    void eachFixCanBeLeftOut() {
        assertThat(grader(Set.of()).grade("hungry", "not hungry", "").status()).isEqualTo("correct");
        assertThat(grader(Set.of(Fix.NEGATION)).grade("happy", "sad", "").status()).isEqualTo("correct");
        assertThat(grader(Set.of(Fix.ANTONYMS)).grade("happy", "sad", "").status()).isEqualTo("wrong");
        // polarity is still read: a negated antonym is no opposite, only agrees when negation is fixed too
        assertThat(grader(Set.of(Fix.ANTONYMS)).grade("happy", "not sad", "").reason())
                .isEqualTo("High RapidFuzz score 1.00");
        assertThat(grader(Set.of(Fix.NUMBER_WORDS)).grade("red, blue, and green", "purple", "").status())
                .isEqualTo("almost");
    }

    @Test
    void theOfflineJudgesVerdictIsExplainedAsByMeaning() {
        BorderlineJudge byMeaning = new JudgedBorderline(
                (q, e, u) -> Optional.of(piggyback.api.kids.grading.judges.AnswerJudge.Verdict.WRONG), false);
        AnswerGrader grader = new AnswerGrader(0.75, 0.45, byMeaning, EnumSet.allOf(Fix.class));

        assertThat(grader.grade("pizza", "pasta", "what did they eat")).isEqualTo(new Grade(0.571, "pizza",
                "pasta", false, "wrong", "Judged borderline case by meaning (RapidFuzz=0.57)"));
    }

    private static AnswerGrader grader(Set<Fix> fixes) {
        return new AnswerGrader(0.75, 0.45, BorderlineJudge.NONE, fixes);
    }

    private static void assertFixed(String expected, String user, String question, String reference, String fixed,
                                    String reason) {
        assertThat(REFERENCE.grade(expected, user, question).status()).as("reference").isEqualTo(reference);
        Grade grade = FIXED.grade(expected, user, question);
        assertThat(grade.status()).as("fixed").isEqualTo(fixed);
        assertThat(grade.reason()).isEqualTo(reason);
    }
}
