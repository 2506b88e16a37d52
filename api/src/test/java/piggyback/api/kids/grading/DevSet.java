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

/** The labelled answers of {@code grading/dev-set.tsv}: what a teacher said about each child's answer. */
final class DevSet {

    static final String RESOURCE = "/grading/dev-set.tsv";
    private static final Set<String> LABELS = Set.of(Grade.CORRECT, Grade.ALMOST, Grade.WRONG);

    private DevSet() {
    }

    /**
     * @param category the question category (the seven of the question generator, number, list or yesno)
     * @param label    the teacher's verdict: correct, almost or wrong
     * @param kind     what the row exercises, e.g. asr, negation, counting
     */
    record Row(String category, String question, String expected, String answer, String label, String kind) {
    }

    static List<Row> load() {
        try (InputStream in = DevSet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Row> parse(BufferedReader reader) throws IOException {
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
                throw new IllegalStateException(RESOURCE + " line " + number + ": expected 6 cells and a known label");
            }
            rows.add(new Row(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5]));
        }
        return rows;
    }
}
