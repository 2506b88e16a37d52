package piggyback.storage.questions;

import java.util.List;
import java.util.Locale;

/**
 * The seven question categories; {@code settings} is read as {@code setting} (docs/decisions/0019-quiz-attempts.md).
 */
public final class QuestionTypes {

    public static final List<String> ALL = List.of(
            "character", "setting", "feeling", "action", "causal", "outcome", "prediction");

    private QuestionTypes() {
    }

    /** The stored spelling of a type: trimmed, lower-case, {@code settings} → {@code setting}. */
    public static String normalise(String raw) {
        String type = raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT);
        return type.equals("settings") ? "setting" : type;
    }

    public static boolean isKnown(String normalised) {
        return ALL.contains(normalised);
    }
}
