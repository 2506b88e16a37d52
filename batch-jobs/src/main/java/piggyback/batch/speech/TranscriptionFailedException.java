package piggyback.batch.speech;

/** The transcription service or the local recogniser failed; the message says why, for the client. */
public class TranscriptionFailedException extends RuntimeException {

    public TranscriptionFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
