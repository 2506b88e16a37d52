package piggyback.batch.runs;

/**
 * How soon a queued run starts: someone waiting at a page goes ahead of a playlist's backlog.
 * Carried as the non-identifying job parameter {@value #PARAMETER}, so a restart keeps it.
 */
public enum RunPriority {

    /** Asked for by an admin or an operator. */
    INTERACTIVE(0),
    /** One of many, from a playlist or the inbox. */
    BACKLOG(10);

    public static final String PARAMETER = "admission_priority";

    private final long rank;

    RunPriority(long rank) {
        this.rank = rank;
    }

    /** The parameter's value: lower starts first. */
    public long rank() {
        return rank;
    }
}
