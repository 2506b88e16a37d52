package piggyback.api.kids.grading;

import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import piggyback.api.kids.grading.AnswerGrader.Rule;
import piggyback.api.kids.grading.judges.JudgedBorderline;

/**
 * Answers graded per second over the development set's answers (both splits), one answer per operation, in turn: the
 * reference procedure, the grader without a judge (borderline answers default, as with the judge off), and the
 * grader with the offline judge, whose embeddings cost milliseconds for each borderline answer. Run by
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
    private int next;

    @Setup
    public void load() {
        rows = GraderEvaluation.load().values().stream().flatMap(List::stream).toList();
        reference = new ReferenceGrader(0.75, 0.45, BorderlineJudge.NONE);
        grader = new AnswerGrader(0.75, 0.45, BorderlineJudge.NONE, EnumSet.allOf(Rule.class));
        graderWithJudge = new AnswerGrader(0.75, 0.45, JudgedBorderline.offline(),
                EnumSet.allOf(Rule.class));
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
}
