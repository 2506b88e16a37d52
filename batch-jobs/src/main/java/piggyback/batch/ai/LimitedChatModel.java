package piggyback.batch.ai;

import java.time.Duration;

import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.metadata.RateLimit;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.Prompt;

/**
 * A chat model whose every call passes the shared rate limit of its provider and model, and that tells the
 * limit when the provider's reply says its remaining requests or tokens are used up. Its retries are the limit's
 * ({@link ProviderLimits#call}): the model under it must not retry by itself.
 */
public final class LimitedChatModel implements ChatModel {

    /** What a picture costs in tokens at low detail, by OpenAI's rule; other providers are close. */
    public static final long TOKENS_PER_IMAGE = 85;

    private final ChatModel model;
    private final ProviderLimits limits;
    private final String provider;
    private final String modelName;
    private final long maxTokens;
    private final Duration maxWait;
    private final int retries;

    public LimitedChatModel(ChatModel model, ProviderLimits limits, String provider, String modelName,
                            long maxTokens, Duration maxWait, int retries) {
        this.model = model;
        this.limits = limits;
        this.provider = provider;
        this.modelName = modelName;
        this.maxTokens = maxTokens;
        this.maxWait = maxWait;
        this.retries = retries;
    }

    @Override
    public ChatResponse call(Prompt prompt) {
        ChatResponse response = limits.call(provider, modelName, estimate(prompt), maxWait, retries,
                () -> model.call(prompt));
        RateLimit rate = response == null || response.getMetadata() == null ? null : response.getMetadata().getRateLimit();
        if (rate != null) {
            if (Long.valueOf(0).equals(rate.getRequestsRemaining()) && rate.getRequestsReset() != null) {
                limits.exhausted(provider, modelName, rate.getRequestsReset());
            }
            if (Long.valueOf(0).equals(rate.getTokensRemaining()) && rate.getTokensReset() != null) {
                limits.exhausted(provider, modelName, rate.getTokensReset());
            }
        }
        return response;
    }

    @Override
    public ChatOptions getDefaultOptions() {
        return model.getDefaultOptions();
    }

    /** About four characters a token, a fixed cost per picture, and the most the reply may use. */
    private long estimate(Prompt prompt) {
        long tokens = maxTokens;
        for (Message message : prompt.getInstructions()) {
            tokens += (message.getText() == null ? 0 : message.getText().length()) / 4;
            if (message instanceof UserMessage user) {
                tokens += user.getMedia().size() * TOKENS_PER_IMAGE;
            }
        }
        return tokens;
    }
}
