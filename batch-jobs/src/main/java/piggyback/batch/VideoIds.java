package piggyback.batch;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The video id rule ({@code ^[A-Za-z0-9_-]{1,64}$}, docs/decisions/0010-s3-key-scheme.md): ids name object-store keys,
 * so every id the pipeline uses follows it.
 */
public final class VideoIds {

    private static final Pattern RULE = Pattern.compile("^[A-Za-z0-9_-]{1,64}$");
    private static final Pattern OUTSIDE_RULE = Pattern.compile("[^A-Za-z0-9_-]+");
    private static final SecureRandom RANDOM = new SecureRandom();

    private VideoIds() {
    }

    public static boolean isValid(String id) {
        return id != null && RULE.matcher(id).matches();
    }

    /**
     * The id yt-dlp gave (YouTube's own ids already follow the rule; other sites' may not):
     * other characters become {@code -}, and it is cut to 64.
     */
    public static String fromToolId(String toolId) {
        String safe = OUTSIDE_RULE.matcher(toolId == null ? "" : toolId.trim()).replaceAll("-");
        safe = safe.length() > 64 ? safe.substring(0, 64) : safe;
        return safe.isEmpty() ? "unknown" : safe;
    }

    /** A fresh id for an uploaded video. */
    public static String newUploadId() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return "upload-" + HexFormat.of().formatHex(bytes);
    }
}
