package piggyback.api.kids.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;


/**
 * The development set is large and varied enough, and on it every fix, and the offline judge, keeps or improves
 * the agreement with the teacher (ARCHITECTURE A-10): accuracy and macro-F1 never go down from one stage to the
 * next, so the full grader is at least as good as the reference procedure.
 */
class GraderEvaluationTest {

    private final List<DevSet.Row> rows = GraderEvaluation.load().values().stream().flatMap(List::stream).toList();

    @Test
    void theDevelopmentSetCoversEveryKindOfQuestionAndAnswer() {
        Map<String, Long> categories = rows.stream()
                .collect(Collectors.groupingBy(DevSet.Row::category, Collectors.counting()));
        Map<String, Long> labels = rows.stream()
                .collect(Collectors.groupingBy(DevSet.Row::label, Collectors.counting()));

        assertThat(rows).hasSizeGreaterThanOrEqualTo(150);
        assertThat(categories).containsOnlyKeys("character", "setting", "feeling", "action", "causal", "outcome",
                "prediction", "number", "list", "yesno");
        assertThat(categories.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(10));
        assertThat(labels.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(15));
        assertThat(rows).extracting(DevSet.Row::kind).contains("asr", "paraphrase", "filler", "negation", "antonym",
                "counting", "above-twenty", "list-near-miss");
    }

    @Test
    void everyFixAndTheJudgeKeepOrImproveAccuracyAndMacroF1() {
        List<GraderEvaluation.Stage> stages = GraderEvaluation.stages(JudgedBorderline.offline());
        List<Scorecard> cards = GraderEvaluation.evaluate(stages, rows);
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        GraderEvaluation.report(stages, GraderEvaluation.load(), new PrintStream(report, true, StandardCharsets.UTF_8));
        System.out.println(report.toString(StandardCharsets.UTF_8));

        for (int i = 1; i < cards.size(); i++) {
            Scorecard before = cards.get(i - 1);
            Scorecard after = cards.get(i);
            assertThat(after.accuracy()).as(after.name() + " accuracy").isGreaterThanOrEqualTo(before.accuracy());
            assertThat(after.macroF1()).as(after.name() + " macro-F1").isGreaterThanOrEqualTo(before.macroF1());
        }
        Scorecard reference = cards.get(0);
        Scorecard full = cards.get(cards.size() - 1);
        assertThat(full.accuracy()).isGreaterThan(reference.accuracy() + 0.15);
        assertThat(full.macroF1()).isGreaterThan(reference.macroF1() + 0.15);
        assertThat(full.total()).isEqualTo(rows.size());
    }

    @Test
    void theScorecardComputesAccuracyAndMacroF1() {
        Scorecard card = Scorecard.empty("example");
        card.add("correct", "correct");
        card.add("correct", "almost");
        card.add("wrong", "wrong");
        card.add("almost", "wrong");

        assertThat(card.accuracy()).isEqualTo(0.5);
        // F1: correct 2·1/(1+2), almost 0, wrong 2·1/(2+1)
        assertThat(card.macroF1()).isEqualTo((2.0 / 3 + 0 + 2.0 / 3) / 3);
        assertThat(card.matrix()).contains("correct                   1        1        0");
    }
}
