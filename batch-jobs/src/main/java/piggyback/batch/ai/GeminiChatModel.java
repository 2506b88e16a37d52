package piggyback.batch.ai;

import java.util.List;

import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.metadata.ChatGenerationMetadata;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.google.genai.GoogleGenAiChatModel;
import org.springframework.ai.google.genai.GoogleGenAiChatOptions;
import org.springframework.ai.model.tool.ToolCallingManager;
import org.springframework.core.retry.RetryTemplate;

import com.google.genai.Client;
import com.google.genai.types.Candidate;

import io.micrometer.observation.ObservationRegistry;

/**
 * Spring AI's Gemini chat model, reading a candidate that Gemini's safety filter stopped: such a candidate has a
 * finish reason ({@code SAFETY}, {@code PROHIBITED_CONTENT}…) and no content, which Spring AI 2.0.1 fails on with
 * a NoSuchElementException. Here it becomes an empty generation carrying its finish reason, so the refusal is seen
 * as one.
 */
final class GeminiChatModel extends GoogleGenAiChatModel {

    GeminiChatModel(Client client, GoogleGenAiChatOptions options, RetryTemplate retries) {
        super(client, options, ToolCallingManager.builder().build(), retries, ObservationRegistry.NOOP);
    }

    @Override
    protected List<Generation> responseCandidateToGeneration(Candidate candidate) {
        if (candidate.content().isPresent()) {
            return super.responseCandidateToGeneration(candidate);
        }
        String finishReason = candidate.finishReason().map(Object::toString).orElse("");
        return List.of(new Generation(AssistantMessage.builder().content("").build(),
                ChatGenerationMetadata.builder().finishReason(finishReason).build()));
    }
}
