package piggyback.batch.ai;

import java.time.Duration;

/**
 * How a task calls its chat model, whatever the provider.
 *
 * @param temperature null for the provider's default
 * @param json        whether to ask for JSON output where the chat model has such a mode (Gemini)
 * @param retries     how many times a call refused for the rate limit or failed on the provider's side is made
 *                    again, each on a new turn of the shared limit ({@link ProviderLimits#call}); 0 where the
 *                    caller has retry logic of its own or a child is waiting
 */
public record ChatSettings(int maxTokens, Double temperature, boolean json, Duration timeout, int retries) {

    ChatSettings withRetries(int retries) {
        return new ChatSettings(maxTokens, temperature, json, timeout, retries);
    }
}
