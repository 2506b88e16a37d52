package piggyback.api.kids.grading;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The labelled development set ({@code grading/tuning.tsv} and {@code grading/held-out.tsv}, written by
 * {@code grading/labelling-guide.md}): what a teacher said about each child's answer.
 */
final class DevSet {

    /** The two parts of the set, split once at random: rules are tuned on the first, judged on the second. */
    enum Split {
        TUNING("tuning"), HELD_OUT("held-out");

        private final String name;

        Split(String name) {
            this.name = name;
        }

        String resource() {
            return "/grading/" + name + ".tsv";
        }

        String label() {
            return name;
        }
    }

    private static final Set<String> LABELS = Set.of(Grade.CORRECT, Grade.ALMOST, Grade.WRONG);

    private DevSet() {
    }

    /**
     * @param category the question form (the seven categories of the question generator, number, list or yesno)
     * @param label    the teacher's verdict: correct, almost or wrong
     * @param kind     what the row exercises, e.g. asr, negation, counting
     */
    record Row(String category, String question, String expected, String answer, String label, String kind) {
    }

    static List<Row> load(Split split) {
        String resource = split.resource();
        try (InputStream in = DevSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return parse(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Row> parse(String resource, BufferedReader reader) throws IOException {
        List<Row> rows = new ArrayList<>();
        boolean header = true;
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 6 || !LABELS.contains(cells[4])) {
                throw new IllegalStateException(resource + " line " + number + ": expected 6 cells and a known label");
            }
            rows.add(new Row(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5]));
        }
        return rows;
    }
}
