package piggyback.api.media.links;

import piggyback.storage.videos.MediaKeys;

/** A video's stored object {@code <prefix>x} is served at {@code /downloads/<id>/x} (docs/decisions/0010-s3-key-scheme.md). */
public final class DownloadPaths {

    private DownloadPaths() {
    }

    public static String of(String videoId, String key) {
        return "/downloads/" + videoId + "/" + key.substring(MediaKeys.prefix(videoId).length());
    }
}
