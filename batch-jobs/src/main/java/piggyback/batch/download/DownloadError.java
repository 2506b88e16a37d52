package piggyback.batch.download;

/** Why a download or upload failed (the seed's {@code error_code}), with the advice shown to the admin. */
public enum DownloadError {

    MISSING_URL("missing_url", "Enter the address of a YouTube video."),
    INVALID_URL("invalid_url", "Use an http(s) link to a YouTube video (youtube.com or youtu.be) or to a host"
            + " listed in piggyback.download.allowed-hosts."),
    FORBIDDEN_403("forbidden_403", "YouTube refused the download: set YTDLP_COOKIEFILE to a Netscape cookies file"
            + " of a signed-in browser, or update yt-dlp."),
    FORMAT_UNAVAILABLE("format_unavailable", "No downloadable format was offered: update yt-dlp, or try again later."),
    NO_VIDEO_FILE("no_video_file", "The link gave no video file (perhaps audio only or a live stream): try another link."),
    INVALID_CONTAINER("invalid_container", "The file is not a playable video: re-download it, or upload an MP4"
            + " (H.264 video, AAC audio)."),
    DOWNLOAD_ERROR("download_error", "Check that the video is public and the link is right, then try again."),
    UNEXPECTED_ERROR("unexpected_error", "Try again; if it keeps failing, look at the server log.");

    private final String code;
    private final String hint;

    DownloadError(String code, String hint) {
        this.code = code;
        this.hint = hint;
    }

    /** The value of {@code error_code}. */
    public String code() {
        return code;
    }

    /** The usual {@code recovery_hint}; a failure may carry a more precise one. */
    public String hint() {
        return hint;
    }
}
