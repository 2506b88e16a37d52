package piggyback.batch.metrics;

/**
 * A failure a provider port answers with instead of throwing (a segment that got no questions):
 * its calls are counted as failed, under this reason.
 */
public interface ReportedFailure {

    /** The reason code the metrics are tagged with. */
    String reason();
}
