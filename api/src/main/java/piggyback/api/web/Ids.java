package piggyback.api.web;

import java.util.Locale;
import java.util.regex.Pattern;

import piggyback.batch.VideoIds;

/** Identifier rules (docs/api-contract.md#conventions): a bad id is a 4xx, never a path or a 500. */
public final class Ids {

    private static final Pattern ACCOUNT_ID = Pattern.compile("^[a-z0-9][a-z0-9_-]{2,49}$");
    private static final Pattern CHILD_ID = Pattern.compile("^\\d{6}$");

    private Ids() {
    }

    /** Expert and parent ids are trimmed and lower-cased before use. */
    public static String normaliseAccountId(String raw) {
        return raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT);
    }

    public static boolean isAccountId(String normalised) {
        return ACCOUNT_ID.matcher(normalised).matches();
    }

    public static String normaliseChildId(String raw) {
        return raw == null ? "" : raw.trim();
    }

    public static boolean isChildId(String normalised) {
        return CHILD_ID.matcher(normalised).matches();
    }

    /** The pipeline's rule: a video id names object-store keys. */
    public static boolean isVideoId(String raw) {
        return VideoIds.isValid(raw);
    }

    /** Trims and collapses inner whitespace: {@code "  Mia   Rose "} → {@code "Mia Rose"}. */
    public static String normaliseName(String raw) {
        return raw == null ? "" : raw.trim().replaceAll("\\s+", " ");
    }
}
