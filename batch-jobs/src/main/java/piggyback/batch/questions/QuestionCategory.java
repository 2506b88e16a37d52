package piggyback.batch.questions;

import java.util.Locale;
import java.util.Optional;

/** The seven kinds of comprehension question, in the order of the output schema. */
public enum QuestionCategory {
    CHARACTER("Character"),
    SETTING("Setting"),
    FEELING("Feeling"),
    ACTION("Action"),
    CAUSAL("Causal Relationship"),
    OUTCOME("Outcome"),
    PREDICTION("Prediction");

    private final String label;

    QuestionCategory(String label) {
        this.label = label;
    }

    /** The lower-case key of the JSON schema and of the rows, e.g. {@code setting}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The name the prompt gives the category. */
    public String label() {
        return label;
    }

    /** The category of a key; {@code settings} is {@code setting} (docs/decisions/0019-quiz-attempts.md). */
    public static Optional<QuestionCategory> fromKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String normalised = key.trim().toLowerCase(Locale.ROOT);
        if (normalised.equals("settings")) {
            return Optional.of(SETTING);
        }
        for (QuestionCategory category : values()) {
            if (category.key().equals(normalised)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}
