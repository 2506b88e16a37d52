package piggyback.batch.ai;

import java.util.Map;

import org.springframework.ai.anthropic.AnthropicChatModel;
import org.springframework.ai.anthropic.AnthropicChatOptions;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.google.genai.GoogleGenAiChatOptions;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.stereotype.Component;

import com.google.genai.Client;
import com.google.genai.types.HttpOptions;
import com.google.genai.types.HttpRetryOptions;

import piggyback.batch.ai.AiProvider.Connection;

/**
 * Spring AI chat models for a task, on the provider and model {@link AiProvider} gives it: OpenAI (or an
 * OpenAI-compatible server), Anthropic's Messages API or Gemini's generateContent, each built here from the
 * model modules rather than their starters, so that a provider nobody chose needs no key and starts nothing.
 */
@Component
public class ChatModels {

    private final AiProvider providers;
    private final ProviderLimits limits;

    public ChatModels(AiProvider providers, ProviderLimits limits) {
        this.providers = providers;
        this.limits = limits;
    }

    /** The task's chat model; callers check {@link AiProvider#online(AiTask)} first. */
    public ChatModel forTask(AiTask task, ChatSettings settings) {
        // every call waits its turn on the provider's shared limit, at most as long as a call may take; the
        // retries are the limit's, each on a new turn, so the client under it makes none of its own
        ChatModel chat = client(providers, task, settings.withRetries(0));
        return new LimitedChatModel(chat, limits, providers.provider(task).key(), providers.model(task),
                settings.maxTokens(), settings.timeout(), settings.retries());
    }

    /**
     * The task's chat model without the shared rate limit, which lives in the database: for a tool run outside
     * the application ({@code ops/evaluate-grader --chat-judge}). The application uses {@link #forTask}.
     */
    public static ChatModel unlimited(AiProvider providers, AiTask task, ChatSettings settings) {
        return client(providers, task, settings);
    }

    /** The provider's chat model, whose client retries a failed call {@code settings.retries()} times itself. */
    private static ChatModel client(AiProvider providers, AiTask task, ChatSettings settings) {
        ModelProvider provider = providers.provider(task);
        Connection connection = providers.connection(provider);
        String model = providers.model(task);
        return switch (provider) {
            case OPENAI -> openAi(connection, model, settings);
            case ANTHROPIC -> anthropic(connection, model, settings);
            case GEMINI -> gemini(connection, model, settings);
            case OFFLINE -> throw new IllegalStateException("the " + task.key() + " task is offline: no chat model");
        };
    }

    private static ChatModel openAi(Connection connection, String model, ChatSettings settings) {
        OpenAiChatOptions.Builder options = OpenAiChatOptions.builder()
                .baseUrl(connection.baseUrl())
                // a local server needs no key, but the client wants one to send
                .apiKey(connection.apiKey() == null ? AiProvider.NO_KEY : connection.apiKey())
                .model(model)
                .temperature(settings.temperature())
                .maxTokens(settings.maxTokens())
                .timeout(settings.timeout())
                .maxRetries(settings.retries());
        return OpenAiChatModel.builder().options(options.build()).build();
    }

    private static ChatModel anthropic(Connection connection, String model, ChatSettings settings) {
        AnthropicChatOptions options = AnthropicChatOptions.builder()
                .baseUrl(connection.baseUrl())
                .apiKey(connection.apiKey())
                .model(model)
                .temperature(settings.temperature())
                .maxTokens(settings.maxTokens())
                .timeout(settings.timeout())
                .maxRetries(settings.retries())
                .build();
        return AnthropicChatModel.builder().options(options).build();
    }

    private static ChatModel gemini(Connection connection, String model, ChatSettings settings) {
        Client client = Client.builder()
                .apiKey(connection.apiKey())
                .httpOptions(HttpOptions.builder()
                        .baseUrl(connection.baseUrl())
                        .timeout(Math.toIntExact(settings.timeout().toMillis()))
                        .retryOptions(HttpRetryOptions.builder().attempts(1).build())
                        .headers(Map.of())
                        .build())
                .build();
        GoogleGenAiChatOptions.Builder options = GoogleGenAiChatOptions.builder()
                .model(model)
                .temperature(settings.temperature())
                .maxOutputTokens(settings.maxTokens());
        if (settings.json()) {
            options.responseMimeType("application/json");
        }
        return new GeminiChatModel(client, options.build(),
                new RetryTemplate(RetryPolicy.withMaxRetries(settings.retries())));
    }
}
