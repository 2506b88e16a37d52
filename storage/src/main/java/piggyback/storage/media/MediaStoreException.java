package piggyback.storage.media;

/** The object store failed or could not be reached. */
public class MediaStoreException extends RuntimeException {

    public MediaStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
