package piggyback.api.media.links;

import java.util.List;

import org.springframework.stereotype.Component;

import piggyback.storage.media.MediaStore;
import piggyback.storage.videos.MediaKeys;
import piggyback.storage.videos.Video;

/**
 * The picture of a video's tile, for every page that shows one. The pages allow images from this
 * origin only, so the stored thumbnail comes first (the pipeline keeps the site's own, or a
 * picture from early in the video), served through the authorised {@code /downloads} route; then
 * the first frame; the site's address only for a video stored before thumbnails were kept.
 */
@Component
public class VideoThumbnails {

    private final MediaStore store;

    VideoThumbnails(MediaStore store) {
        this.store = store;
    }

    /** The tile's picture address, or null when the video has none. */
    public String of(Video video) {
        String id = video.videoId();
        for (String key : List.of(MediaKeys.thumbnail(id), MediaKeys.frame(id, 1))) {
            if (store.exists(key)) {
                return DownloadPaths.of(id, key);
            }
        }
        return video.thumbnailUrl() == null || video.thumbnailUrl().isBlank() ? null : video.thumbnailUrl();
    }
}
