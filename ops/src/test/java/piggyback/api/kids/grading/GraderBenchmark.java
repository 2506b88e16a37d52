package piggyback.api.kids.grading;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import piggyback.api.kids.grading.AnswerGrader.Rule;
import piggyback.api.kids.grading.judges.AnswerJudge;
import piggyback.api.kids.grading.judges.JudgedBorderline;
import piggyback.api.kids.grading.judges.MeaningJudge;

/**
 * Answers graded per second over the development set's answers (both splits), one answer per operation, in turn: the
 * reference procedure, the grader without a judge (borderline answers default, as with the judge off), and the
 * grader with the offline judge (its verdicts remembered, as in the application, so after the first pass mostly the
 * rules), and the offline judge alone deciding, each time afresh, the answers the rules leave uncertain: what the
 * first child to give such an answer waits for. Run by
 * {@code ops/bench-grader}; it lives in ops (a benchmark, not a timed test) in the grader's package to read the
 * development set.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GraderBenchmark {

    private List<DevSet.Row> rows;
    private ReferenceGrader reference;
    private AnswerGrader grader;
    private AnswerGrader graderWithJudge;
    private List<String[]> uncertain;
    private AnswerJudge meaning;
    private int next;
    private int nextUncertain;

    @Setup
    public void load() {
        rows = GraderEvaluation.load().values().stream().flatMap(List::stream).toList();
        reference = new ReferenceGrader(0.75, 0.45, BorderlineJudge.NONE);
        grader = new AnswerGrader(0.75, 0.45, BorderlineJudge.NONE, EnumSet.allOf(Rule.class));
        graderWithJudge = new AnswerGrader(0.75, 0.45, JudgedBorderline.offline(),
                EnumSet.allOf(Rule.class));
        uncertain = uncertainAnswers(rows);
        meaning = new MeaningJudge();
    }

    /** The question, expected answer and answer of every row the rules leave to the judge, as the judge gets them. */
    private static List<String[]> uncertainAnswers(List<DevSet.Row> rows) {
        List<String[]> asked = new ArrayList<>();
        AnswerGrader recording = new AnswerGrader(0.75, 0.45, (question, expected, user) -> {
            asked.add(new String[] {question, expected, user});
            return Optional.empty();
        }, EnumSet.allOf(Rule.class));
        rows.forEach(row -> recording.grade(row.expected(), row.answer(), row.question()));
        return asked;
    }

    private DevSet.Row nextRow() {
        DevSet.Row row = rows.get(next);
        next = next + 1 == rows.size() ? 0 : next + 1;
        return row;
    }

    @Benchmark
    public Grade referenceProcedure() {
        DevSet.Row row = nextRow();
        return reference.grade(row.expected(), row.answer(), row.question());
    }

    @Benchmark
    public Grade graderWithoutJudge() {
        DevSet.Row row = nextRow();
        return grader.grade(row.expected(), row.answer(), row.question());
    }

    @Benchmark
    public Grade graderWithOfflineJudge() {
        DevSet.Row row = nextRow();
        return graderWithJudge.grade(row.expected(), row.answer(), row.question());
    }

    @Benchmark
    public Optional<AnswerJudge.Verdict> offlineJudgeAfresh() {
        String[] asked = uncertain.get(nextUncertain);
        nextUncertain = nextUncertain + 1 == uncertain.size() ? 0 : nextUncertain + 1;
        return meaning.judge(asked[0], asked[1], asked[2]);
    }
}
