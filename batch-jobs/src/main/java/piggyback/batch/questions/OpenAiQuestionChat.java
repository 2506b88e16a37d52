package piggyback.batch.questions;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.ai.model.openai.autoconfigure.OpenAiCommonProperties;
import org.springframework.ai.openai.setup.OpenAiSetup;

import com.openai.client.OpenAIClient;
import com.openai.core.http.HttpResponseFor;
import com.openai.core.RequestOptions;
import com.openai.models.ResponseFormatJsonObject;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionContentPart;
import com.openai.models.chat.completions.ChatCompletionContentPartImage;
import com.openai.models.chat.completions.ChatCompletionContentPartText;
import com.openai.models.chat.completions.ChatCompletionCreateParams;

import io.micrometer.observation.ObservationRegistry;
import piggyback.batch.ai.LimitedChatModel;
import piggyback.batch.ai.ModelProvider;
import piggyback.batch.ai.ProviderLimits;
import piggyback.batch.ai.RateLimitHeaders;
import piggyback.batch.ai.TimedCall;

/**
 * The question call on OpenAI's chat completions API (or an OpenAI-compatible server's): the model
 * ({@code gpt-4o-mini} unless {@code piggyback.ai.questions.model} says otherwise), the
 * system message, then one user message of the text and the frames as JPEG data URLs at
 * {@code detail: low}, {@code max_tokens} 1500, temperature 0.3, JSON object output.
 * <p>
 * It goes through the openai-java client that Spring AI itself builds ({@link OpenAiSetup}, from the
 * same {@code spring.ai.openai.*} settings), because Spring AI 2.0.1's chat model drops the image
 * {@code detail} when it maps media. The client's own retries are off: the generator's retry
 * logic decides when to call again.
 */
final class OpenAiQuestionChat implements QuestionChat {

    private static final String PROVIDER = ModelProvider.OPENAI.key();

    private final OpenAIClient client;
    private final String model;
    private final ProviderLimits limits;

    OpenAiQuestionChat(OpenAIClient client, String model, ProviderLimits limits) {
        this.client = client;
        this.model = model;
        this.limits = limits;
    }

    /**
     * A client with Spring AI's connection settings and no retries of its own (a local server without a key gets
     * the placeholder key, which it ignores).
     */
    static OpenAiQuestionChat connect(OpenAiCommonProperties connection, String model, ProviderLimits limits) {
        return new OpenAiQuestionChat(OpenAiSetup.setupSyncClient(connection.getBaseUrl(), connection.getApiKey(),
                connection.getCredential(), connection.getMicrosoftDeploymentName(),
                connection.getMicrosoftFoundryServiceVersion(), connection.getOrganizationId(),
                connection.isMicrosoftFoundry(), connection.isGitHubModels(), model, connection.getTimeout(), 0,
                connection.getProxy(), connection.getCustomHeaders() == null ? Map.of() : connection.getCustomHeaders(),
                ObservationRegistry.NOOP, null, List.of()), model, limits);
    }

    @Override
    public ChatReply ask(String system, String text, List<FrameImage> images, Duration timeout) {
        List<ChatCompletionContentPart> parts = new ArrayList<>();
        parts.add(ChatCompletionContentPart.ofText(ChatCompletionContentPartText.builder().text(text).build()));
        for (FrameImage image : images) {
            parts.add(ChatCompletionContentPart.ofImageUrl(ChatCompletionContentPartImage.builder()
                    .imageUrl(ChatCompletionContentPartImage.ImageUrl.builder()
                            .url(image.dataUrl())
                            .detail(ChatCompletionContentPartImage.ImageUrl.Detail.LOW)
                            .build())
                    .build()));
        }
        ChatCompletionCreateParams request = ChatCompletionCreateParams.builder()
                .model(model)
                .addSystemMessage(system)
                .addUserMessageOfArrayOfContentParts(parts)
                .maxTokens(QuestionPrompts.MAX_TOKENS)
                .temperature(QuestionPrompts.TEMPERATURE)
                .responseFormat(ResponseFormatJsonObject.builder().build())
                .build();
        long tokens = QuestionPrompts.MAX_TOKENS + (system.length() + text.length()) / 4
                + images.size() * LimitedChatModel.TOKENS_PER_IMAGE;
        // the turn on the shared rate limit is part of the call's time
        ChatCompletion completion = TimedCall.within(timeout, () -> limits.call(PROVIDER, model, tokens, timeout, 0, () -> {
            HttpResponseFor<ChatCompletion> response = client.chat().completions().withRawResponse()
                    .create(request, RequestOptions.builder().timeout(timeout).build());
            RateLimitHeaders.read(response.headers()::values)
                    .ifPresent(reset -> limits.exhausted(PROVIDER, model, reset));
            return response.parse();
        }));
        if (completion.choices().isEmpty()) {
            return new ChatReply(null, false);
        }
        ChatCompletion.Choice choice = completion.choices().get(0);
        return new ChatReply(choice.message().content().orElse(null),
                choice.finishReason().equals(ChatCompletion.Choice.FinishReason.CONTENT_FILTER));
    }

    @Override
    public void close() {
        client.close();
    }
}
