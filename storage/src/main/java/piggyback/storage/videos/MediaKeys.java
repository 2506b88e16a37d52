package piggyback.storage.videos;

/**
 * The object-store key scheme (docs/decisions/0010-s3-key-scheme.md): everything of a video under
 * {@code videos/<videoId>/}. Keys are deterministic, so a re-run overwrites instead of duplicating.
 */
public final class MediaKeys {

    private MediaKeys() {
    }

    public static String prefix(String videoId) {
        return "videos/" + videoId + "/";
    }

    public static String source(String videoId) {
        return prefix(videoId) + "source.mp4";
    }

    public static String thumbnail(String videoId) {
        return prefix(videoId) + "thumbnail.jpg";
    }

    public static String info(String videoId) {
        return prefix(videoId) + "info.json";
    }

    public static String subtitles(String videoId) {
        return prefix(videoId) + "subtitles/en.vtt";
    }

    public static String frame(String videoId, int second) {
        return prefix(videoId) + "frames/" + second + ".jpg";
    }

    public static String framesPrefix(String videoId) {
        return prefix(videoId) + "frames/";
    }

    /** Pre-rendered speech of one line for one companion. */
    public static String speech(String videoId, String companion, String questionKey) {
        return speechPrefix(videoId) + companion + "/" + questionKey + ".mp3";
    }

    public static String speechPrefix(String videoId) {
        return prefix(videoId) + "tts/";
    }
}
