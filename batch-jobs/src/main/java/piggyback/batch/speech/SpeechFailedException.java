package piggyback.batch.speech;

/** The speech service or the local speech tool failed; the message says why, for the client. */
public class SpeechFailedException extends RuntimeException {

    public SpeechFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
