package piggyback.api.kids.videos;

import java.util.List;

import org.springframework.stereotype.Component;

import piggyback.api.media.links.DownloadPaths;
import piggyback.api.media.links.VideoThumbnails;
import piggyback.storage.videos.MediaKeys;
import piggyback.storage.videos.Video;
import piggyback.storage.videos.Videos;

/** The kids' library: the videos whose file is stored, in id order, as {@link KidsVideo}s. */
@Component
class KidsCatalogue {

    private final Videos videos;
    private final VideoThumbnails thumbnails;

    KidsCatalogue(Videos videos, VideoThumbnails thumbnails) {
        this.videos = videos;
        this.thumbnails = thumbnails;
    }

    List<KidsVideo> of(VisibleVideos visible) {
        return videos.withStoredSource().stream().filter(video -> visible.contains(video.videoId()))
                .map(this::entry).toList();
    }

    private KidsVideo entry(Video video) {
        String id = video.videoId();
        String title = video.title() == null || video.title().isBlank() ? id : video.title();
        return new KidsVideo(id, title, thumbnails.of(video), duration(video.durationSeconds()),
                DownloadPaths.of(id, MediaKeys.source(id)));
    }

    static String duration(Double seconds) {
        long whole = seconds == null || !(seconds > 0) ? 0 : seconds.longValue();
        return "%02d:%02d".formatted(whole / 60, whole % 60);
    }
}
