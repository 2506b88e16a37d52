package piggyback.batch.download;

/**
 * A download, upload or probe that did not give a stored video. The message is the one the admin
 * sees ({@code "Download error: ..."} and the like).
 */
public class DownloadFailure extends RuntimeException {

    private final DownloadError error;
    private final String hint;

    public DownloadFailure(DownloadError error, String message) {
        this(error, message, error.hint(), null);
    }

    public DownloadFailure(DownloadError error, String message, String hint, Throwable cause) {
        super(message, cause);
        this.error = error;
        this.hint = hint;
    }

    public DownloadError error() {
        return error;
    }

    public String hint() {
        return hint;
    }
}
