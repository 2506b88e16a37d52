package piggyback.api.accounts;

import java.util.List;
import java.util.Locale;

import piggyback.api.web.ApiException;

/** The allowed icons and interaction modes of a child profile. */
public final class ChildRules {

    /**
     * The reference's 25 keys in their order, plus {@code alligator}
     * (docs/decisions/0003-duplicate-child-names-and-icons.md).
     */
    public static final List<String> ICON_KEYS = List.of(
            "pig", "fox", "owl", "cat", "bear", "rabbit", "lion", "penguin", "simba", "nemo", "walle", "moana",
            "elsa", "spiderman", "mickey", "pooh", "chase", "spongebob", "turtle", "bluey", "hellokitty", "mlp",
            "peppa", "mario", "dino", "alligator");
    public static final List<String> INTERACTION_MODES = List.of("strict", "flexible", "passive");
    public static final String DEFAULT_ICON = "pig";
    public static final String DEFAULT_MODE = "flexible";

    private ChildRules() {
    }

    public static String iconKey(String raw) {
        String key = raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT);
        if (!ICON_KEYS.contains(key)) {
            throw ApiException.badRequest("icon_key is invalid");
        }
        return key;
    }

    /** Only strict, flexible and passive (docs/decisions/0004-optional-child-fields.md). */
    public static String interactionMode(String raw) {
        String mode = raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT);
        if (!INTERACTION_MODES.contains(mode)) {
            throw ApiException.badRequest("interaction_mode is invalid");
        }
        return mode;
    }
}
