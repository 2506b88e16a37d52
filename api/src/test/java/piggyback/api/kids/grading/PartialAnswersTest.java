package piggyback.api.kids.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The offline judge's reading of an answer that said part of the expected one: what it left out decides. */
class PartialAnswersTest {

    @ParameterizedTest(name = "{2} for {1} → {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            how did the race end                 | the turtle won                 | the turtle              | almost  | Part of the answer (not won)
            why did the girl smile               | because she got a present and a hug | she got a present | almost  | Part of the answer (not hug)
            why did the boy say sorry            | because he broke the vase      | he broke something      | almost  | Part of the answer (not vase)
            why did the dog run away             | the thunder scared him         | he was scared           | almost  | Part of the answer (not thunder)
            what do you think will happen next   | the bear will go to sleep      | he will sleep           | correct | Key words said, the rest implied
            why did the kids go inside           | because it started raining     | it was raining          | correct | Key words said, the rest implied
            why did the bear go into the cave    | to sleep for the winter        | to sleep                | correct | Key words said, the rest implied
            what happened at the end             | they found the lost dog        | they found the dog      | correct | Key words said, the rest implied
            why did the dog run away             | the thunder scared him         | the thunder             | correct | Key words said, the rest implied
            what happened after the storm        | the sun came out               | it was sunny            | correct | Key words said, the rest implied
            where does the story take place      | in the forest                  | in the city             | -       | -
            how many apples were there           | three apples                   | three                   | -       | -
            is the bear awake                    | no                             | the bear is asleep      | -       | -
            """)
    void whatWasLeftOutDecides(String question, String expected, String answer, String status, String reason) {
        Optional<Decision> decision = PartialAnswers.judge(question, expected, answer);

        if (status == null) {
            assertThat(decision).isEmpty();
        } else {
            assertThat(decision).contains(new Decision(status, reason));
        }
    }
}
