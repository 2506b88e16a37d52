package piggyback.api.kids.videos;

import java.util.List;

import org.springframework.stereotype.Component;

import piggyback.storage.media.MediaStore;
import piggyback.storage.videos.MediaKeys;
import piggyback.storage.videos.Video;
import piggyback.storage.videos.Videos;

/** The kids' library: the videos whose file is stored, in id order, as {@link KidsVideo}s. */
@Component
class KidsCatalogue {

    private final Videos videos;
    private final MediaStore store;

    KidsCatalogue(Videos videos, MediaStore store) {
        this.videos = videos;
        this.store = store;
    }

    List<KidsVideo> of(VisibleVideos visible) {
        return videos.withStoredSource().stream().filter(video -> visible.contains(video.videoId()))
                .map(this::entry).toList();
    }

    private KidsVideo entry(Video video) {
        String id = video.videoId();
        String title = video.title() == null || video.title().isBlank() ? id : video.title();
        return new KidsVideo(id, title, thumbnail(video), duration(video.durationSeconds()),
                downloadsPath(id, MediaKeys.source(id)));
    }

    /** The reference's order: the video's own thumbnail, a stored image, the first frame; no default image. */
    private String thumbnail(Video video) {
        if (video.thumbnailUrl() != null && !video.thumbnailUrl().isBlank()) {
            return video.thumbnailUrl();
        }
        for (String key : List.of(MediaKeys.thumbnail(video.videoId()), MediaKeys.frame(video.videoId(), 1))) {
            if (store.exists(key)) {
                return downloadsPath(video.videoId(), key);
            }
        }
        return null;
    }

    /**
     * A video's stored object {@code <prefix>x} is served at {@code /downloads/<id>/x}
     * (docs/decisions/0010-s3-key-scheme.md).
     */
    private static String downloadsPath(String videoId, String key) {
        return "/downloads/" + videoId + "/" + key.substring(MediaKeys.prefix(videoId).length());
    }

    static String duration(Double seconds) {
        long whole = seconds == null || !(seconds > 0) ? 0 : seconds.longValue();
        return "%02d:%02d".formatted(whole / 60, whole % 60);
    }
}
