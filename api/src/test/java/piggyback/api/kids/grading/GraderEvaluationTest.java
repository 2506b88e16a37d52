package piggyback.api.kids.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import tools.jackson.databind.json.JsonMapper;

import piggyback.api.kids.grading.judges.JudgedBorderline;
import piggyback.api.kids.grading.DevSet.Split;
import piggyback.testing.FakeOpenAi;
import piggyback.testing.FakeOpenAi.Reply;

/**
 * The development set is large and varied enough and split as the labelling guide says, and on it every rule,
 * and the offline judge, keeps or improves the agreement with the teacher on the tuning split, while the full
 * grader stays well above the reference procedure on both splits. The held-out split is only ever scored as a
 * whole.
 */
class GraderEvaluationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<Split, List<DevSet.Row>> sets = GraderEvaluation.load();
    private final List<DevSet.Row> tuning = sets.get(Split.TUNING);
    private final List<DevSet.Row> heldOut = sets.get(Split.HELD_OUT);

    @Test
    void theDevelopmentSetCoversEveryFormAndIsSplitTwoThirdsToOneThird() {
        List<DevSet.Row> rows = sets.values().stream().flatMap(List::stream).toList();
        Map<String, Long> forms = rows.stream()
                .collect(Collectors.groupingBy(DevSet.Row::category, Collectors.counting()));
        Map<String, Long> labels = rows.stream()
                .collect(Collectors.groupingBy(DevSet.Row::label, Collectors.counting()));

        assertThat(rows).hasSizeGreaterThanOrEqualTo(600);
        assertThat(forms).containsOnlyKeys("character", "setting", "feeling", "action", "causal", "outcome",
                "prediction", "number", "list", "yesno");
        assertThat(forms.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(50));
        assertThat(labels.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(50));
        assertThat(rows).extracting(DevSet.Row::kind).contains("asr", "paraphrase", "filler", "negation", "antonym",
                "contradiction", "swap", "hedge", "hypernym", "range", "short", "counting", "above-twenty",
                "list-near-miss", "yesno");
        assertThat((double) tuning.size() / rows.size()).isBetween(0.64, 0.69);
        Set<DevSet.Row> inTuning = new HashSet<>(tuning);
        assertThat(heldOut).noneMatch(inTuning::contains);
    }

    @Test
    void everyRuleAndTheJudgeKeepOrImproveTheTuningSplitAndTheGraderBeatsTheReferenceOnBoth() {
        List<GraderEvaluation.Stage> stages = GraderEvaluation.stages(JudgedBorderline.offline());
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        GraderEvaluation.report(stages, sets, new PrintStream(report, true, StandardCharsets.UTF_8));
        System.out.println(report.toString(StandardCharsets.UTF_8));

        List<Scorecard> cards = GraderEvaluation.evaluate(stages, tuning);
        for (int i = 1; i < cards.size(); i++) {
            Scorecard before = cards.get(i - 1);
            Scorecard after = cards.get(i);
            assertThat(after.accuracy()).as(after.name() + " accuracy").isGreaterThanOrEqualTo(before.accuracy());
        }
        for (List<DevSet.Row> split : List.of(tuning, heldOut)) {
            List<Scorecard> splitCards = GraderEvaluation.evaluate(List.of(stages.get(0), stages.get(stages.size() - 1)),
                    split);
            assertThat(splitCards.get(1).accuracy()).isGreaterThan(splitCards.get(0).accuracy() + 0.15);
            assertThat(splitCards.get(1).macroF1()).isGreaterThan(splitCards.get(0).macroF1() + 0.15);
        }
    }

    @Test
    void noContradictionOrNegationOfTheTuningSplitIsGradedCorrect() {
        AnswerGrader grader = new AnswerGrader(GraderEvaluation.CORRECT_AT, GraderEvaluation.WRONG_AT,
                JudgedBorderline.offline(), EnumSet.allOf(AnswerGrader.Rule.class));
        List<DevSet.Row> opposed = tuning.stream()
                .filter(row -> Set.of("negation", "antonym", "contradiction", "swap").contains(row.kind()))
                .filter(row -> row.label().equals(Grade.WRONG)).toList();

        List<String> gradedCorrect = opposed.stream()
                .filter(row -> grader.grade(row.expected(), row.answer(), row.question()).status().equals(Grade.CORRECT))
                .map(row -> row.answer() + " for " + row.expected()).toList();

        assertThat(opposed).hasSizeGreaterThan(40);
        // WordNet 3.1 has no opposition of "mean" and "kind", neither as antonyms nor through their clusters
        assertThat(gradedCorrect).isSubsetOf("a mean boy for a kind boy");
    }

    /**
     * {@code ops/evaluate-grader --chat-judge} against the fake OpenAI server, answering every uncertain tuning
     * answer as the teacher did: every one reaches the model once, its verdict is the grade, and so the stage beats
     * the offline judge. That measures the plumbing, not a model.
     */
    @Test
    void theChatJudgeStageAsksTheConfiguredModelAboutEveryUncertainAnswer() {
        Map<String, String> teacher = tuning.stream().collect(Collectors.toMap(
                row -> String.join("|", ReferenceGrader.clean(row.question()), ReferenceGrader.clean(row.expected()),
                        ReferenceGrader.clean(row.answer())), DevSet.Row::label, (first, second) -> first));
        Pattern lines = Pattern.compile("Question: (.*)\nExpected answer: (.*)\nChild's answer: (.*)");
        try (FakeOpenAi openAi = FakeOpenAi.start()) {
            openAi.respond(FakeOpenAi.CHAT, request -> {
                Matcher asked = lines.matcher(JSON.readTree(request.bodyText())
                        .path("messages").get(1).path("content").asString());
                return asked.find() ? Reply.chat(teacher.getOrDefault(
                        asked.group(1) + "|" + asked.group(2) + "|" + asked.group(3), "no such answer"))
                        : Reply.error(400, "bad_request", "no judge lines");
            });
            ConfigurableEnvironment environment = GraderEvaluation.applicationEnvironment();
            environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of(
                    "piggyback.ai.provider", "openai", "spring.ai.openai.api-key", "test-key",
                    "spring.ai.openai.base-url", openAi.baseUrl() + "/v1", "piggyback.quiz.ai-timeout", "20")));

            GraderEvaluation.Stage chat = GraderEvaluation.chatJudged(environment);
            Map<String, Long> judgedBy = GraderEvaluation.judgedBy(chat.grader(), tuning);
            List<GraderEvaluation.Stage> offline = GraderEvaluation.stages(JudgedBorderline.offline());
            List<Scorecard> cards = GraderEvaluation.evaluate(List.of(offline.get(offline.size() - 1), chat), tuning);

            assertThat(chat.name()).isEqualTo("+ chat judge (openai:gpt-4o-mini)");
            assertThat(judgedBy).containsOnlyKeys(JudgedBorderline.BY_CHAT_MODEL);
            assertThat(judgedBy.get(JudgedBorderline.BY_CHAT_MODEL)).isGreaterThan(50);
            assertThat(openAi.requests(FakeOpenAi.CHAT)).hasSizeLessThanOrEqualTo(
                    judgedBy.get(JudgedBorderline.BY_CHAT_MODEL).intValue());
            assertThat(cards.get(1).accuracy()).isGreaterThan(cards.get(0).accuracy());
        }
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
