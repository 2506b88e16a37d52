package piggyback.batch.companions;

import java.util.Locale;
import java.util.Optional;

/** The three companions that ask the questions (docs/decisions/0006-every-segment-asks.md). */
public enum Companion {
    BUNNY, PIG, ALLIGATOR;

    /** The stored and JSON key: bunny, pig, alligator. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The companion of a key; {@code rabbit} is the bunny too, as older clients say. */
    public static Optional<Companion> fromKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String normalised = key.trim().toLowerCase(Locale.ROOT);
        if (normalised.equals("rabbit")) {
            return Optional.of(BUNNY);
        }
        for (Companion companion : values()) {
            if (companion.key().equals(normalised)) {
                return Optional.of(companion);
            }
        }
        return Optional.empty();
    }
}
