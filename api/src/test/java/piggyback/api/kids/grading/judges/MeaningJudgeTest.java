package piggyback.api.kids.grading.judges;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import piggyback.api.kids.grading.judges.AnswerJudge.Verdict;

/** The offline judge on the real model: all-MiniLM-L6-v2 from its Maven jar, with the tuned thresholds. */
class MeaningJudgeTest {

    private static final MeaningJudge JUDGE = new MeaningJudge();

    @ParameterizedTest(name = "{1} / {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            where did the fish live         | in the ocean           | in the sea            | CORRECT
            what will the puppy do next     | chase the ball         | run after the ball    | CORRECT
            how did the little bird feel    | tired                  | sleepy                | CORRECT
            where does the story take place | in the forest          | the for rest          | CORRECT
            what is the cat doing           | spinning               | sleeping              | WRONG
            how did the race end            | the turtle won         | the turtle            | ALMOST
            what will happen next           | the bear will go to sleep | he will sleep      | CORRECT
            what will the boy eat           | he will eat the cake   | he will eat the apple | WRONG
            who is wearing the red hat      | the gnome              | i dont know           | WRONG
            """)
    void judgesByMeaningOrANearSpelling(String question, String expected, String answer, Verdict verdict) {
        assertThat(JUDGE.judge(question, expected, answer)).contains(verdict);
    }

    @Test
    void aBlankAnswerGetsNoVerdict() {
        assertThat(JUDGE.judge("what animal is it", "a dog", " ")).isEmpty();
    }

    @Test
    void concurrentCallersShareTheModelsSafely() {
        var verdicts = IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> JUDGE.judge("q", "in the ocean", "in the sea")))
                .map(CompletableFuture::join).toList();

        assertThat(verdicts).containsOnly(Optional.of(Verdict.CORRECT));
    }

    @Test
    void aChatReplyIsReadAsTheReferenceReadsIt() {
        assertThat(Verdict.ofReply(" Correct\n")).isEqualTo(Verdict.CORRECT);
        assertThat(Verdict.ofReply("WRONG")).isEqualTo(Verdict.WRONG);
        assertThat(Verdict.ofReply("almost")).isEqualTo(Verdict.ALMOST);
        assertThat(Verdict.ofReply("Correct!")).isEqualTo(Verdict.ALMOST);
        assertThat(Verdict.ofReply("")).isEqualTo(Verdict.ALMOST);
        assertThat(Verdict.WRONG.label()).isEqualTo("wrong");
    }
}
