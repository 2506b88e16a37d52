package piggyback.batch.ai;

import java.util.Locale;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Which implementation every AI port uses (docs/architecture.md#ai-and-media-providers): {@code openai}
 * through Spring AI, or {@code offline}, which needs no key and no network. {@code
 * piggyback.ai.provider} decides; left empty, a real OpenAI key means openai.
 */
@Component
public class AiProvider {

    /** The placeholder key that lets Spring AI's beans start when no real key is configured. */
    public static final String NO_KEY = "not-configured";

    private final boolean online;

    public AiProvider(Environment environment) {
        String chosen = environment.getProperty("piggyback.ai.provider", "").trim().toLowerCase(Locale.ROOT);
        String key = environment.getProperty("spring.ai.openai.api-key", NO_KEY);
        this.online = switch (chosen) {
            case "openai" -> true;
            case "offline" -> false;
            case "" -> !key.isBlank() && !NO_KEY.equals(key);
            default -> throw new IllegalStateException(
                    "piggyback.ai.provider must be openai or offline, not '" + chosen + "'");
        };
    }

    public boolean online() {
        return online;
    }

    public String name() {
        return online ? "openai" : "offline";
    }
}
