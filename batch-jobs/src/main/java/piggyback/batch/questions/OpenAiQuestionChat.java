package piggyback.batch.questions;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.ai.model.openai.autoconfigure.OpenAiCommonProperties;
import org.springframework.ai.openai.setup.OpenAiSetup;

import com.openai.client.OpenAIClient;
import com.openai.core.RequestOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.ResponseFormatJsonObject;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionContentPart;
import com.openai.models.chat.completions.ChatCompletionContentPartImage;
import com.openai.models.chat.completions.ChatCompletionContentPartText;
import com.openai.models.chat.completions.ChatCompletionCreateParams;

import io.micrometer.observation.ObservationRegistry;

/**
 * The question call on OpenAI's chat completions API: {@code gpt-4o-mini}, the
 * system message, then one user message of the text and the frames as JPEG data URLs at
 * {@code detail: low}, {@code max_tokens} 1500, temperature 0.3, JSON object output.
 * <p>
 * It goes through the openai-java client that Spring AI itself builds ({@link OpenAiSetup}, from the
 * same {@code spring.ai.openai.*} settings), because Spring AI 2.0.1's chat model drops the image
 * {@code detail} when it maps media. The client's own retries are off: the generator's retry
 * logic decides when to call again.
 */
final class OpenAiQuestionChat implements QuestionChat {

    static final String MODEL = "gpt-4o-mini";
    static final long MAX_TOKENS = 1500;
    static final double TEMPERATURE = 0.3;

    private final OpenAIClient client;

    OpenAiQuestionChat(OpenAIClient client) {
        this.client = client;
    }

    /** A client with Spring AI's connection settings and no retries of its own. */
    static OpenAiQuestionChat connect(OpenAiCommonProperties connection) {
        return new OpenAiQuestionChat(OpenAiSetup.setupSyncClient(connection.getBaseUrl(), connection.getApiKey(),
                connection.getCredential(), connection.getMicrosoftDeploymentName(),
                connection.getMicrosoftFoundryServiceVersion(), connection.getOrganizationId(),
                connection.isMicrosoftFoundry(), connection.isGitHubModels(), MODEL, connection.getTimeout(), 0,
                connection.getProxy(), connection.getCustomHeaders() == null ? Map.of() : connection.getCustomHeaders(),
                ObservationRegistry.NOOP, null, List.of()));
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
                .model(MODEL)
                .addSystemMessage(system)
                .addUserMessageOfArrayOfContentParts(parts)
                .maxTokens(MAX_TOKENS)
                .temperature(TEMPERATURE)
                .responseFormat(ResponseFormatJsonObject.builder().build())
                .build();
        ChatCompletion completion = await(client.async().chat().completions()
                .create(request, RequestOptions.builder().timeout(timeout).build()), timeout);
        if (completion.choices().isEmpty()) {
            return new ChatReply(null, false);
        }
        ChatCompletion.Choice choice = completion.choices().get(0);
        return new ChatReply(choice.message().content().orElse(null),
                choice.finishReason().equals(ChatCompletion.Choice.FinishReason.CONTENT_FILTER));
    }

    /**
     * The reply, waiting no longer than the timeout: the HTTP client's own timeouts do not always
     * end a call whose server is still silent, and the segment's budget must hold.
     */
    private static ChatCompletion await(CompletableFuture<ChatCompletion> reply, Duration timeout) {
        try {
            return reply.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            reply.cancel(true);
            throw new IllegalStateException("no reply within " + timeout.toMillis() + " ms", e);
        } catch (InterruptedException e) {
            reply.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("question generation was interrupted");
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        }
    }

    /**
     * The provider's failure with the text the reference's retry logic reads: for an API error
     * its status and error body (where {@code rate_limit_exceeded} appears), else what went wrong.
     */
    private static RuntimeException failure(Throwable cause) {
        if (cause instanceof OpenAIServiceException service) {
            return new IllegalStateException("Error code: " + service.statusCode() + " - " + service.body(), cause);
        }
        StringBuilder message = new StringBuilder(cause.getClass().getSimpleName());
        for (Throwable reason = cause; reason != null; reason = reason.getCause()) {
            if (reason.getMessage() != null) {
                message.append(": ").append(reason.getMessage());
            }
        }
        return new IllegalStateException(message.toString(), cause);
    }

    @Override
    public void close() {
        client.close();
    }
}
