package piggyback.batch.download;

import java.nio.file.Path;

/**
 * The English subtitles of a video.
 *
 * @param vtt      the WebVTT file, or null when there is none
 * @param warning  why fetching them failed (without terminal colour codes), or null
 */
public record SubtitleDownload(Path vtt, String warning) {
}
