package piggyback.api.kids.grading;

import java.util.List;
import java.util.Locale;

/**
 * How often a grader agrees with the teacher: the 3×3 confusion matrix (teacher's label by row, grader's by
 * column), accuracy and macro-F1 (the mean of the three labels' F1, so the rare "almost" counts as much as the
 * others; a label never predicted or never present has F1 0).
 */
record Scorecard(String name, int[][] confusion) {

    static final List<String> LABELS = List.of(Grade.CORRECT, Grade.ALMOST, Grade.WRONG);

    static Scorecard empty(String name) {
        return new Scorecard(name, new int[3][3]);
    }

    void add(String teacher, String grader) {
        confusion[LABELS.indexOf(teacher)][LABELS.indexOf(grader)]++;
    }

    int total() {
        int total = 0;
        for (int[] row : confusion) {
            for (int cell : row) {
                total += cell;
            }
        }
        return total;
    }

    double accuracy() {
        int agreed = 0;
        for (int i = 0; i < 3; i++) {
            agreed += confusion[i][i];
        }
        return total() == 0 ? 0 : (double) agreed / total();
    }

    double macroF1() {
        double sum = 0;
        for (int k = 0; k < 3; k++) {
            int predicted = 0;
            int actual = 0;
            for (int i = 0; i < 3; i++) {
                predicted += confusion[i][k];
                actual += confusion[k][i];
            }
            int hits = confusion[k][k];
            sum += hits == 0 ? 0 : 2.0 * hits / (predicted + actual);
        }
        return sum / 3;
    }

    String summary() {
        return String.format(Locale.ROOT, "%-44s accuracy %.3f  macro-F1 %.3f", name, accuracy(), macroF1());
    }

    String matrix() {
        StringBuilder out = new StringBuilder("  teacher \\ grader   correct   almost    wrong\n");
        for (int i = 0; i < 3; i++) {
            out.append(String.format(Locale.ROOT, "  %-18s %8d %8d %8d%n", LABELS.get(i),
                    confusion[i][0], confusion[i][1], confusion[i][2]));
        }
        return out.toString();
    }
}
