package piggyback.batch.ai;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.anthropic.errors.AnthropicIoException;
import com.anthropic.errors.AnthropicServiceException;
import com.google.genai.errors.ApiException;
import com.google.genai.errors.GenAiIOException;
import com.openai.errors.OpenAIIoException;
import com.openai.errors.OpenAIServiceException;

/**
 * A provider's error read the same way whatever the provider: the message the admin's page shows, whether it is
 * a rate limit, and how long the provider asked to wait. The only place that knows each SDK's exceptions, so the
 * retry logic above it is one piece of code for every provider.
 *
 * @param rateLimited whether the provider refused for too many requests (HTTP 429, or OpenAI's
 *                    {@code rate_limit_exceeded} from a server that answers otherwise)
 * @param retryAfter  the wait the provider asked for ({@code retry-after}, Gemini's "retry in 2s"), when given
 * @param timedOut    whether no reply came in time
 * @param passing     whether the same call may well succeed soon: a server error (5xx, 408, 409) or a broken
 *                    connection, the failures the providers' own clients retry besides a rate limit
 */
public record ProviderFailure(String message, boolean rateLimited, Optional<Duration> retryAfter, boolean timedOut,
                             boolean passing) {

    private static final Pattern RETRY_IN = Pattern.compile("retry in ([0-9]+(?:\\.[0-9]+)?)\\s*s",
            Pattern.CASE_INSENSITIVE);

    public static ProviderFailure of(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof OpenAIServiceException openAi) {
                String message = "Error code: " + openAi.statusCode() + " - " + openAi.body();
                return new ProviderFailure(message, openAi.statusCode() == 429
                        || message.contains("rate_limit_exceeded"), seconds(openAi.headers().values("retry-after")),
                        false, passing(openAi.statusCode()));
            }
            if (cause instanceof AnthropicServiceException anthropic) {
                return new ProviderFailure("Error code: " + anthropic.statusCode() + " - " + anthropic.body(),
                        anthropic.statusCode() == 429, seconds(anthropic.headers().values("retry-after")), false,
                        passing(anthropic.statusCode()));
            }
            if (cause instanceof ApiException gemini) {
                String message = "Error code: " + gemini.code() + " - " + gemini.status() + ": " + gemini.message();
                Matcher wait = RETRY_IN.matcher(String.valueOf(gemini.message()));
                return new ProviderFailure(message, gemini.code() == 429, wait.find()
                        ? Optional.of(Duration.ofMillis(Math.round(Double.parseDouble(wait.group(1)) * 1000)))
                        : Optional.empty(), false, passing(gemini.code()));
            }
            if (cause instanceof TimeoutException) {
                return new ProviderFailure(describe(error), false, Optional.empty(), true, false);
            }
            if (cause instanceof OpenAIIoException || cause instanceof AnthropicIoException
                    || cause instanceof GenAiIOException) {
                return new ProviderFailure(describe(error), false, Optional.empty(), false, true);
            }
        }
        String message = describe(error);
        return new ProviderFailure(message, message.contains("rate_limit_exceeded"), Optional.empty(), false, false);
    }

    private static boolean passing(int status) {
        return status >= 500 || status == 408 || status == 409;
    }

    /** Every message down the chain of causes, since a client's wrapper often says less than its cause. */
    private static String describe(Throwable error) {
        StringBuilder message = new StringBuilder(error.getClass().getSimpleName());
        for (Throwable reason = error; reason != null; reason = reason.getCause()) {
            if (reason.getMessage() != null) {
                message.append(": ").append(reason.getMessage());
            }
        }
        return message.toString();
    }

    private static Optional<Duration> seconds(List<String> retryAfter) {
        try {
            return retryAfter.stream().findFirst()
                    .map(value -> Duration.ofMillis(Math.round(Double.parseDouble(value.strip()) * 1000)));
        } catch (NumberFormatException httpDate) {
            return Optional.empty();
        }
    }
}
