package piggyback.batch.speech;

/** Uploaded bytes that are not audio this server can decode, or audio longer than allowed. */
public class UnusableAudioException extends RuntimeException {

    public UnusableAudioException(String message) {
        super(message);
    }
}
