package piggyback.batch.download;

import java.nio.file.Path;
import java.util.List;

/**
 * The files of one download.
 *
 * @param thumbnail         the site's thumbnail image (jpg, webp or png), or null
 * @param infoJson          yt-dlp's metadata file, or null
 * @param usedPlayerClient  the YouTube player clients of the attempt that worked, e.g. [android, web]
 */
public record DownloadedVideo(Path video, Path thumbnail, Path infoJson, List<String> usedPlayerClient) {
}
