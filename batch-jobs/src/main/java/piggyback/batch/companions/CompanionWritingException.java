package piggyback.batch.companions;

/** The model answered, but not with companion lines that can be used. */
public class CompanionWritingException extends RuntimeException {

    public CompanionWritingException(String message, Throwable cause) {
        super(message, cause);
    }
}
