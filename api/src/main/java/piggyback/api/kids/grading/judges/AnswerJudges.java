package piggyback.api.kids.grading.judges;

/** The judges this package makes for others. */
public final class AnswerJudges {

    private AnswerJudges() {
    }

    /** The offline judge by meaning, its verdicts remembered. */
    public static AnswerJudge offline() {
        return new RememberedVerdicts(new MeaningJudge());
    }
}
