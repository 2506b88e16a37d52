package piggyback.api.kids.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spec §5.5's procedure: every worked example of §5.6 (no judge, as on the clone) and acceptance rows of §10. */
class ReferenceGraderTest {

    private static final ReferenceGrader REFERENCE = new ReferenceGrader(0.75, 0.45, BorderlineJudge.NONE);

    /** Unquoted empty cells are null (the {@code {}} body), quoted ones the empty string. */
    @ParameterizedTest(name = "{0} / {1} / {2} → {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            dog                              | dog          | what animal is it                       | correct | 1.0   | false | High RapidFuzz score 1.00
            pikachu                          | pikahu       | what is the name of this yellow pokemon | correct | 0.923 | false | High RapidFuzz score 0.92
            spinning                         | spinning     | what is the cat doing                   | correct | 1.0   | false | High RapidFuzz score 1.00
            cat                              | cat          | what animal is in the video             | correct | 1.0   | false | High RapidFuzz score 1.00
            three                            | 3            | how many dogs                           | correct | 1.0   | true  | Numeric answer matched
            3 dogs                           | three dogs   | how many dogs are there                 | correct | 1.0   | true  | High RapidFuzz score 1.00
            three                            | four         | how many                                | wrong   | 0.0   | true  | Numeric mismatch
            five apples                      | apples       | how many apples                         | wrong   | 0.0   | true  | Missing numeric answer
            5                                | I don't know | ""                                      | wrong   | 0.0   | true  | Missing numeric answer
            red, blue, and green             | red and blue | name two colors                         | correct | 1.0   | false | Matched 2 of 3 items (need 2)
            red, blue, and green             | red          | what colors                             | almost  | 1.0   | false | Matched 2 of 3 items
            red, blue, and green             | purple       | what colors                             | almost  | 0.5   | false | Matched 1 of 3 items
            the dog is happy                 | glad puppy   | how does the dog feel                   | correct | 1.0   | false | High RapidFuzz score 1.00
            he was scared                    | afraid       | how did he feel                         | correct | 1.0   | false | High RapidFuzz score 1.00
            a big red ball                   | ball         | ""                                      | correct | 1.0   | false | High RapidFuzz score 1.00
            in the forest                    | the park     | ""                                      | wrong   | 0.286 | false | Low RapidFuzz score 0.29
            ""                               | dog          | ""                                      | wrong   | 0.0   | false | Empty input
            the                              | the          | ""                                      | correct | 1.0   | false | High RapidFuzz score 1.00
            twenty one                       | 21           | how many                                | correct | 1.0   | true  | Numeric answer matched
            one hundred                      | 100          | ""                                      | correct | 1.0   | true  | Numeric answer matched
            He went to the store to buy milk | store        | ""                                      | correct | 1.0   | false | High RapidFuzz score 1.00
            banana                           | apple        | ""                                      | wrong   | 0.333 | false | Low RapidFuzz score 0.33
            Elephant                         | elefant      | ""                                      | correct | 0.8   | false | High RapidFuzz score 0.80
            the mother                       | mom          | ""                                      | correct | 1.0   | false | High RapidFuzz score 1.00
                                             |              |                                         | wrong   | 0.0   | false | Empty input
            """)
    void workedExamples(String expected, String user, String question, String status, double similarity,
                        boolean isNumeric, String reason) {
        Grade grade = REFERENCE.grade(expected, user, question);

        assertThat(grade).isEqualTo(new Grade(similarity, echo(expected), echo(user), isNumeric, status, reason));
    }

    /** §10.1 A1, A2, A4 and §10.2 I1: each request must come back {@code correct}. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A1 | pikachu  | pikahu   | what is the name of this yellow pokemon
            A2 | spinning | spinning | what is the cat doing
            A4 | cat      | cat      | what animal is in the video
            I1 | dog      | dog      | what animal is it
            """)
    void acceptanceRows(String row, String expected, String user, String question) {
        assertThat(REFERENCE.grade(expected, user, question).status()).isEqualTo(Grade.CORRECT);
    }

    @Test
    void inputsAreTrimmedAndLowerCasedAsPythonDoes() {
        Grade grade = REFERENCE.grade("\u00a0 He went to the STORE\u001f", " Store\t", null);

        assertThat(grade.expected()).isEqualTo("he went to the store");
        assertThat(grade.user()).isEqualTo("store");
        assertThat(grade.status()).isEqualTo(Grade.CORRECT);
    }

    @Test
    void anEmptyAnswerStillReportsWhetherTheExpectedOneIsNumeric() {
        assertThat(REFERENCE.grade("5", "  ", "how many")).isEqualTo(new Grade(0.0, "5", "", true, "wrong", "Empty input"));
    }

    @Test
    void thresholdsAreInclusiveAndConfigurable() {
        // "ball"/"bell" scores exactly 0.75 (FuzzyScoresTest)
        assertThat(REFERENCE.grade("ball", "bell", "").reason()).isEqualTo("High RapidFuzz score 0.75");
        assertThat(new ReferenceGrader(0.8, 0.75, BorderlineJudge.NONE).grade("ball", "bell", ""))
                .isEqualTo(new Grade(0.75, "ball", "bell", false, "wrong", "Low RapidFuzz score 0.75"));
        assertThat(new ReferenceGrader(0.9, 0.5, BorderlineJudge.NONE).grade("ball", "bell", "").reason())
                .isEqualTo("Borderline case defaulted (RapidFuzz=0.75)");
    }

    @Test
    void theJudgeDecidesOnlyTheBorderlineBand() {
        // "pizza"/"pasta" scores 0.571; "dog"/"dog" is decided before any judge
        BorderlineJudge judge = (question, expected, user) -> {
            assertThat(question + "|" + expected + "|" + user).isEqualTo("what food|pizza|pasta");
            return Optional.of(new Decision(" Wrong\n", "AI judged borderline case"));
        };
        ReferenceGrader grader = new ReferenceGrader(0.75, 0.45, judge);

        assertThat(grader.grade("Pizza", "pasta", "What food")).isEqualTo(new Grade(0.571, "pizza", "pasta", false,
                "wrong", "AI judged borderline case (RapidFuzz=0.57)"));
        assertThat(grader.grade("dog", "dog", "what food").reason()).isEqualTo("High RapidFuzz score 1.00");
    }

    @Test
    void anUnknownLabelIsAlmostAndAFailingJudgeDefaults() {
        ReferenceGrader chatty = new ReferenceGrader(0.75, 0.45, (q, e, u) -> Optional.of(new Decision("Correct!", "AI judged borderline case")));
        ReferenceGrader broken = new ReferenceGrader(0.75, 0.45, (q, e, u) -> {
            throw new IllegalStateException("timeout");
        });

        assertThat(chatty.grade("pizza", "pasta", "").status()).isEqualTo("almost");
        assertThat(chatty.grade("pizza", "pasta", "").reason()).isEqualTo("AI judged borderline case (RapidFuzz=0.57)");
        assertThat(broken.grade("pizza", "pasta", "").reason()).isEqualTo("Borderline case defaulted (RapidFuzz=0.57)");
    }

    @Test
    void answerGraderUsesTheJudgeOnlyWhenAiIsOn() {
        Optional<BorderlineJudge> judge = Optional.of((q, e, u) -> Optional.of(new Decision("correct", "judged")));

        // "red"/"rouge" is in the borderline band and none of the rules is sure of it
        assertThat(new AnswerGrader(0.75, 0.45, true, judge).grade("red", "rouge", "").status()).isEqualTo("correct");
        assertThat(new AnswerGrader(0.75, 0.45, false, judge).grade("red", "rouge", "").status()).isEqualTo("almost");
        assertThat(new AnswerGrader(0.75, 0.45, true, Optional.empty()).grade("red", "rouge", "").reason())
                .isEqualTo("Borderline case defaulted (RapidFuzz=0.50)");
    }

    private static String echo(String field) {
        return field == null ? "" : field.trim().toLowerCase(Locale.ROOT);
    }
}
