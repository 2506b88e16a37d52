package piggyback.api.kids.questions;

import java.util.Locale;

import piggyback.api.web.ApiException;

/** The child's companion; the stored key is the lower-case name. */
public enum Companion {
    BUNNY, PIG, ALLIGATOR;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The {@code companion} query value: bunny (also {@code rabbit}, the reference kids page's
     * id, docs/decisions/0006-every-segment-asks.md), pig or alligator; null when absent or blank.
     */
    public static Companion fromQuery(String raw) {
        String value = raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "" -> null;
            case "bunny", "rabbit" -> BUNNY;
            case "pig" -> PIG;
            case "alligator" -> ALLIGATOR;
            default -> throw ApiException.badRequest("companion must be bunny, pig or alligator");
        };
    }
}
