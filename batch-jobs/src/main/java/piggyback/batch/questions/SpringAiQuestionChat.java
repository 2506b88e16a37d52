package piggyback.batch.questions;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.content.Media;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.util.MimeTypeUtils;

import piggyback.batch.ai.TimedCall;

/**
 * The question call through a Spring AI chat model (Claude's Messages API, Gemini's generateContent): the system
 * message, then the text with the frames as inline JPEG images, on a model built with the questions' token limit,
 * temperature and no retries of its own ({@link QuestionsConfiguration}). A reply stopped by the provider's
 * safety rules (Claude's {@code refusal}, Gemini's {@code SAFETY} and kin) counts as the content filter.
 */
final class SpringAiQuestionChat implements QuestionChat {

    /** Finish reasons, lower-cased, that mean the provider refused to answer. */
    static final Set<String> REFUSALS = Set.of("refusal", "safety", "prohibited_content", "blocklist", "spii",
            "image_safety", "content_filter");

    private final ChatModel model;

    SpringAiQuestionChat(ChatModel model) {
        this.model = model;
    }

    @Override
    public ChatReply ask(String system, String text, List<FrameImage> images, Duration timeout) {
        List<Media> media = images.stream()
                .map(image -> new Media(MimeTypeUtils.IMAGE_JPEG,
                        new ByteArrayResource(Base64.getDecoder().decode(image.base64Jpeg()))))
                .toList();
        Prompt prompt = new Prompt(new SystemMessage(system), UserMessage.builder().text(text).media(media).build());
        ChatResponse response = TimedCall.within(timeout, () -> model.call(prompt));
        Generation result = response == null ? null : response.getResult();
        if (result == null) {
            return new ChatReply(null, false);
        }
        String finish = result.getMetadata().getFinishReason();
        return new ChatReply(result.getOutput().getText(),
                finish != null && REFUSALS.contains(finish.toLowerCase(Locale.ROOT)));
    }
}
