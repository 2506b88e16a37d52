package piggyback.api.kids.grading.judges;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import piggyback.api.kids.grading.judges.AnswerJudge.Verdict;

class RememberedVerdictsTest {

    /** A judge that answers from a script and records what it was asked. */
    private static final class ScriptedJudge implements AnswerJudge {
        final List<String> asked = new ArrayList<>();
        final List<Optional<Verdict>> replies;

        ScriptedJudge(List<Optional<Verdict>> replies) {
            this.replies = new ArrayList<>(replies);
        }

        @Override
        public Optional<Verdict> judge(String question, String expected, String answer) {
            asked.add(answer);
            return replies.remove(0);
        }
    }

    @Test
    void aCaseAlreadyDecidedIsNotJudgedAgain() {
        ScriptedJudge judge = new ScriptedJudge(List.of(Optional.of(Verdict.CORRECT), Optional.of(Verdict.WRONG)));
        RememberedVerdicts remembered = new RememberedVerdicts(judge);

        assertThat(remembered.judge("who came", "the pig", "a piggy")).contains(Verdict.CORRECT);
        assertThat(remembered.judge("who came", "the pig", "a piggy")).contains(Verdict.CORRECT);
        assertThat(remembered.judge("who came", "the pig", "a bunny")).contains(Verdict.WRONG);

        assertThat(judge.asked).containsExactly("a piggy", "a bunny");
    }

    @Test
    void theSameAnswerToAnotherQuestionIsJudgedOnItsOwn() {
        ScriptedJudge judge = new ScriptedJudge(List.of(Optional.of(Verdict.CORRECT), Optional.of(Verdict.WRONG)));
        RememberedVerdicts remembered = new RememberedVerdicts(judge);

        assertThat(remembered.judge("who came", "the pig", "a piggy")).contains(Verdict.CORRECT);
        assertThat(remembered.judge("who left", "the fox", "a piggy")).contains(Verdict.WRONG);
    }

    @Test
    void noVerdictIsNotRememberedSoTheJudgeIsAskedAgain() {
        ScriptedJudge judge = new ScriptedJudge(List.of(Optional.empty(), Optional.of(Verdict.ALMOST)));
        RememberedVerdicts remembered = new RememberedVerdicts(judge);

        assertThat(remembered.judge("what did they eat", "pizza", "pasta")).isEmpty();
        assertThat(remembered.judge("what did they eat", "pizza", "pasta")).contains(Verdict.ALMOST);
        assertThat(judge.asked).hasSize(2);
    }
}
