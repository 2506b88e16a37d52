package piggyback.batch.ai;

import java.time.Duration;

/**
 * How a task calls its chat model, whatever the provider.
 *
 * @param temperature null for the provider's default
 * @param json        whether to ask for JSON output where the chat model has such a mode (Gemini)
 * @param retries     the client's own retries of a failed call (0 where the caller has retry logic of its own)
 */
public record ChatSettings(int maxTokens, Double temperature, boolean json, Duration timeout, int retries) {
}
