package piggyback.api.kids.videos;

import java.util.Set;

/** The videos a caller may see: every video (an admin), or these ids. */
public record VisibleVideos(boolean everything, Set<String> ids) {

    public VisibleVideos {
        ids = Set.copyOf(ids);
    }

    public static VisibleVideos all() {
        return new VisibleVideos(true, Set.of());
    }

    public static VisibleVideos only(Set<String> ids) {
        return new VisibleVideos(false, ids);
    }

    public boolean contains(String videoId) {
        return everything || ids.contains(videoId);
    }
}
