package piggyback.api.kids.grading;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import piggyback.api.kids.grading.AnswerGrader.Rule;
import piggyback.api.kids.grading.DevSet.Split;
import piggyback.api.kids.grading.judges.AnswerJudges;
import piggyback.api.kids.grading.judges.JudgedBorderline;
import piggyback.batch.ai.AiProvider;
import piggyback.batch.ai.AiTask;
import piggyback.batch.ai.ChatModels;

/**
 * Grades both splits of the labelled development set ({@link DevSet}) with the reference procedure alone, then
 * with the grader's rules added one at a time, then with the offline judge deciding what the rules leave
 * uncertain, and prints each stage's accuracy and macro-F1 on both splits, then the full grader's accuracy per
 * question form and its confusion matrices: {@code ops/evaluate-grader} runs {@link #main}. Only the tuning split
 * is ever listed answer by answer ({@code --misses}); the held-out split is reported as a whole.
 */
final class GraderEvaluation {

    static final double CORRECT_AT = 0.75;
    static final double WRONG_AT = 0.45;

    /** One way of grading, named for the report. */
    record Stage(String name, Grader grader) {
    }

    @FunctionalInterface
    interface Grader {
        Grade grade(String expected, String user, String question);
    }

    private GraderEvaluation() {
    }

    /** The reference, then each rule added in {@link Rule} order, then (when given) the judge on top of them all. */
    static List<Stage> stages(BorderlineJudge judge) {
        List<Stage> stages = new ArrayList<>();
        ReferenceGrader reference = new ReferenceGrader(CORRECT_AT, WRONG_AT, BorderlineJudge.NONE);
        stages.add(new Stage("reference procedure (borderline -> almost)", reference::grade));
        Set<Rule> rules = EnumSet.noneOf(Rule.class);
        for (Rule rule : Rule.values()) {
            rules.add(rule);
            AnswerGrader grader = new AnswerGrader(CORRECT_AT, WRONG_AT, BorderlineJudge.NONE, rules);
            stages.add(new Stage("+ " + rule.name().toLowerCase(Locale.ROOT).replace('_', ' '), grader::grade));
        }
        if (judge != null) {
            AnswerGrader full = new AnswerGrader(CORRECT_AT, WRONG_AT, judge, EnumSet.allOf(Rule.class));
            stages.add(new Stage("+ offline judge (full grader)", full::grade));
        }
        return stages;
    }

    static Scorecard score(String name, Grader grader, List<DevSet.Row> rows) {
        Scorecard card = Scorecard.empty(name);
        for (DevSet.Row row : rows) {
            card.add(row.label(), grader.grade(row.expected(), row.answer(), row.question()).status());
        }
        return card;
    }

    static List<Scorecard> evaluate(List<Stage> stages, List<DevSet.Row> rows) {
        return stages.stream().map(stage -> score(stage.name(), stage.grader(), rows)).toList();
    }

    /** The grader's scorecard on each question form's rows, by form name. */
    static Map<String, Scorecard> byForm(Grader grader, List<DevSet.Row> rows) {
        Map<String, List<DevSet.Row>> forms = new TreeMap<>();
        rows.forEach(row -> forms.computeIfAbsent(row.category(), form -> new ArrayList<>()).add(row));
        Map<String, Scorecard> cards = new TreeMap<>();
        forms.forEach((form, formRows) -> cards.put(form, score(form, grader, formRows)));
        return cards;
    }

    static Map<Split, List<DevSet.Row>> load() {
        Map<Split, List<DevSet.Row>> sets = new EnumMap<>(Split.class);
        for (Split split : Split.values()) {
            sets.put(split, DevSet.load(split));
        }
        return sets;
    }

    /** Every stage on both splits, the last stage by form, and the first and last stages' confusion matrices. */
    static void report(List<Stage> stages, Map<Split, List<DevSet.Row>> sets, PrintStream out) {
        List<DevSet.Row> tuning = sets.get(Split.TUNING);
        List<DevSet.Row> heldOut = sets.get(Split.HELD_OUT);
        out.printf(Locale.ROOT, "Grader evaluation: %d labelled answers, tuning split %d, held-out split %d%n%n",
                tuning.size() + heldOut.size(), tuning.size(), heldOut.size());
        out.printf(Locale.ROOT, "%-44s %-22s %s%n", "", "tuning", "held-out");
        out.printf(Locale.ROOT, "%-44s %-22s %s%n", "stage", "accuracy  macro-F1", "accuracy  macro-F1");
        Map<Split, List<Scorecard>> cards = new EnumMap<>(Split.class);
        sets.forEach((split, rows) -> cards.put(split, evaluate(stages, rows)));
        for (int i = 0; i < stages.size(); i++) {
            Scorecard t = cards.get(Split.TUNING).get(i);
            Scorecard h = cards.get(Split.HELD_OUT).get(i);
            out.printf(Locale.ROOT, "%-44s %8.3f  %8.3f    %8.3f  %8.3f%n", stages.get(i).name(),
                    t.accuracy(), t.macroF1(), h.accuracy(), h.macroF1());
        }
        Stage last = stages.get(stages.size() - 1);
        Map<String, Scorecard> tuningForms = byForm(last.grader(), tuning);
        Map<String, Scorecard> heldOutForms = byForm(last.grader(), heldOut);
        out.printf(Locale.ROOT, "%n%s, by question form%n", last.name());
        out.printf(Locale.ROOT, "  %-12s %7s %9s    %7s %9s%n", "form", "tuning", "accuracy", "held", "accuracy");
        tuningForms.forEach((form, card) -> {
            Scorecard held = heldOutForms.get(form);
            out.printf(Locale.ROOT, "  %-12s %7d %9.3f    %7d %9.3f%n", form, card.total(), card.accuracy(),
                    held == null ? 0 : held.total(), held == null ? 0 : held.accuracy());
        });
        for (Split split : Split.values()) {
            List<Scorecard> splitCards = cards.get(split);
            for (Scorecard card : List.of(splitCards.get(0), splitCards.get(splitCards.size() - 1))) {
                out.printf("%n%s, %s split%n%s", card.name(), split.label(), card.matrix());
            }
        }
    }

    /**
     * The full grader with the chat judge the environment configures (as the application would: its
     * application.yml over the process's variables, e.g. {@code OPENAI_API_KEY}, {@code PIGGYBACK_AI_PROVIDER}),
     * the offline judge deciding when the chat model fails or is late. Calls the provider once per uncertain
     * answer, without the application's shared rate limit (it lives in the database).
     */
    static Stage chatJudged(ConfigurableEnvironment environment) {
        AiProvider providers = new AiProvider(environment);
        if (!providers.online(AiTask.JUDGE)) {
            throw new IllegalStateException("--chat-judge: no judge provider is configured (set OPENAI_API_KEY, "
                    + "OPENAI_BASE_URL for a local server, or PIGGYBACK_AI_PROVIDER with ANTHROPIC_API_KEY or "
                    + "GEMINI_API_KEY)");
        }
        JudgedBorderline judge = JudgedBorderline.withChat(AnswerJudges.chat(
                settings -> ChatModels.unlimited(providers, AiTask.JUDGE, settings), environment));
        AnswerGrader full = new AnswerGrader(CORRECT_AT, WRONG_AT, judge, EnumSet.allOf(Rule.class));
        return new Stage("+ chat judge (" + providers.name(AiTask.JUDGE) + ":" + providers.model(AiTask.JUDGE)
                + ")", full::grade);
    }

    /** The application's settings: its application.yml, its placeholders resolved from the process. */
    static ConfigurableEnvironment applicationEnvironment() {
        StandardEnvironment environment = new StandardEnvironment();
        try {
            for (PropertySource<?> source : new YamlPropertySourceLoader().load("application.yml",
                    new ClassPathResource("application.yml"))) {
                environment.getPropertySources().addLast(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return environment;
    }

    /** How many of the stage's grades each judge decided, by the reason the grade carries. */
    static Map<String, Long> judgedBy(Grader grader, List<DevSet.Row> rows) {
        Map<String, Long> counts = new TreeMap<>();
        for (DevSet.Row row : rows) {
            String reason = grader.grade(row.expected(), row.answer(), row.question()).reason();
            if (reason.equals(JudgedBorderline.BY_CHAT_MODEL) || reason.equals(JudgedBorderline.BY_MEANING)) {
                counts.merge(reason, 1L, Long::sum);
            }
        }
        return counts;
    }

    /**
     * Prints the report; {@code --misses} also lists the tuning answers the full grader disagrees with;
     * {@code --chat-judge} adds the full grader with the configured chat judge as the last stage.
     */
    public static void main(String[] args) {
        Map<Split, List<DevSet.Row>> sets = load();
        List<Stage> stages = new ArrayList<>(stages(JudgedBorderline.offline()));
        if (List.of(args).contains("--chat-judge")) {
            try {
                stages.add(chatJudged(applicationEnvironment()));
            } catch (IllegalStateException notConfigured) {
                System.err.println("ops/evaluate-grader: " + notConfigured.getMessage());
                System.exit(2);
            }
        }
        report(stages, sets, System.out);
        if (List.of(args).contains("--chat-judge")) {
            Stage chat = stages.get(stages.size() - 1);
            sets.forEach((split, rows) -> System.out.printf(Locale.ROOT, "%nuncertain answers of the %s split: %s%n",
                    split.label(), judgedBy(chat.grader(), rows)));
        }
        if (List.of(args).contains("--misses")) {
            Grader full = stages.get(stages.size() - 1).grader();
            System.out.println("\nDisagreements on the tuning split (teacher -> grader: reason | question | expected | answer)");
            for (DevSet.Row row : sets.get(Split.TUNING)) {
                Grade grade = full.grade(row.expected(), row.answer(), row.question());
                if (!grade.status().equals(row.label())) {
                    System.out.printf("  %-10s %-7s -> %-7s %-45s | %s | %s | %s%n", row.category(), row.label(),
                            grade.status(), grade.reason(), row.question(), row.expected(), row.answer());
                }
            }
        }
    }
}
