package piggyback.batch.runs;

/** An action on a pipeline run that cannot be done, and why (the API answers 404 or 409). */
public class PipelineRunException extends RuntimeException {

    public enum Kind { NOT_FOUND, CONFLICT }

    private final Kind kind;

    public PipelineRunException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
