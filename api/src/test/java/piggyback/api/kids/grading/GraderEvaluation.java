package piggyback.api.kids.grading;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import piggyback.api.kids.grading.AnswerGrader.Fix;
import piggyback.api.kids.grading.judges.MeaningJudge;

/**
 * Grades the labelled development set ({@link DevSet}) with the reference procedure alone, then with the fixes
 * added one at a time, then with the offline judge deciding the borderline band, and prints each one's accuracy,
 * macro-F1 and confusion matrix: {@code ops/evaluate-grader} runs {@link #main}.
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

    /** The reference, then each fix added in {@link Fix} order, then (when given) the judge on top of them all. */
    static List<Stage> stages(BorderlineJudge judge) {
        List<Stage> stages = new ArrayList<>();
        ReferenceGrader reference = new ReferenceGrader(CORRECT_AT, WRONG_AT, BorderlineJudge.NONE);
        stages.add(new Stage("reference procedure (borderline -> almost)", reference::grade));
        Set<Fix> fixes = EnumSet.noneOf(Fix.class);
        for (Fix fix : Fix.values()) {
            fixes.add(fix);
            AnswerGrader grader = new AnswerGrader(CORRECT_AT, WRONG_AT, BorderlineJudge.NONE, fixes);
            stages.add(new Stage("+ " + fix.name().toLowerCase(Locale.ROOT).replace('_', ' '), grader::grade));
        }
        if (judge != null) {
            AnswerGrader full = new AnswerGrader(CORRECT_AT, WRONG_AT, judge, EnumSet.allOf(Fix.class));
            stages.add(new Stage("+ offline judge (full grader)", full::grade));
        }
        return stages;
    }

    static Scorecard score(Stage stage, List<DevSet.Row> rows) {
        Scorecard card = Scorecard.empty(stage.name());
        for (DevSet.Row row : rows) {
            card.add(row.label(), stage.grader().grade(row.expected(), row.answer(), row.question()).status());
        }
        return card;
    }

    static List<Scorecard> evaluate(List<Stage> stages, List<DevSet.Row> rows) {
        return stages.stream().map(stage -> score(stage, rows)).toList();
    }

    static void report(List<Scorecard> cards, int rows, PrintStream out) {
        out.printf(Locale.ROOT, "Grader evaluation on %s: %d labelled answers%n%n", DevSet.RESOURCE, rows);
        cards.forEach(card -> out.println(card.summary()));
        for (Scorecard card : List.of(cards.get(0), cards.get(cards.size() - 1))) {
            out.printf("%n%s%n%s", card.name(), card.matrix());
        }
    }

    /** Prints the report; {@code --misses} also lists the rows the full grader disagrees with the teacher on. */
    public static void main(String[] args) {
        List<DevSet.Row> rows = DevSet.load();
        List<Stage> stages = stages(new JudgedBorderline(new MeaningJudge(), false));
        List<Scorecard> cards = evaluate(stages, rows);
        report(cards, rows.size(), System.out);
        if (List.of(args).contains("--misses")) {
            Grader full = stages.get(stages.size() - 1).grader();
            System.out.println("\nDisagreements of the full grader (teacher -> grader: reason | question | expected | answer)");
            for (DevSet.Row row : rows) {
                Grade grade = full.grade(row.expected(), row.answer(), row.question());
                if (!grade.status().equals(row.label())) {
                    System.out.printf("  %-7s -> %-7s %-45s | %s | %s | %s%n", row.label(), grade.status(),
                            grade.reason(), row.question(), row.expected(), row.answer());
                }
            }
        }
    }
}
