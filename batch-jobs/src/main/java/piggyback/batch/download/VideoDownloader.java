package piggyback.batch.download;

import java.nio.file.Path;
import java.util.List;

/**
 * Fetches videos and their English subtitles from the web (docs/architecture.md#ai-and-media-providers). Every
 * method takes an address already checked by {@link SourceUrls} and fails with
 * {@link DownloadFailure}.
 */
public interface VideoDownloader {

    /** What the site says about the video, without downloading it. */
    VideoMetadata probe(SourceUrl url);

    /** Downloads the video, its thumbnail and its metadata file into {@code folder}. */
    DownloadedVideo download(SourceUrl url, Path folder);

    /**
     * Downloads the English WebVTT subtitles into {@code folder}. Never fails for want of
     * subtitles: a problem becomes the warning of the result.
     *
     * @param playerClient  the client list that downloaded the video, or empty for the default
     */
    SubtitleDownload fetchSubtitles(SourceUrl url, Path folder, List<String> playerClient);

    /**
     * The addresses of the videos of a playlist (yt-dlp's flat playlist), in playlist order; a
     * single video's address when the URL names one video.
     */
    List<String> playlistEntries(SourceUrl url);

    /** {@code cookiefile} when downloads send the configured cookies, else {@code none}. */
    String authSource();
}
