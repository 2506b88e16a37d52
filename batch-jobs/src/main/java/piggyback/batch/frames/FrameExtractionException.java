package piggyback.batch.frames;

/** The video could not be opened or decoded. */
public class FrameExtractionException extends RuntimeException {

    public FrameExtractionException(String message, Throwable cause) {
        super(message, cause);
    }
}
