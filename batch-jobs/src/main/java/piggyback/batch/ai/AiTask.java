package piggyback.batch.ai;

import java.util.Arrays;
import java.util.Optional;

/**
 * The jobs a model does, each with its own provider and model ({@code piggyback.ai.<key>.provider} and
 * {@code .model}); the key is also the {@code port} tag of the provider metrics.
 */
public enum AiTask {
    QUESTIONS("questions", true),
    COMPANIONS("companions", true),
    JUDGE("judge", true),
    SPEECH("speech", false),
    TRANSCRIPTION("transcription", false);

    private final String key;
    private final boolean chat;

    AiTask(String key, boolean chat) {
        this.key = key;
        this.chat = chat;
    }

    public String key() {
        return key;
    }

    /** Whether a chat model does it (every provider offers one), rather than an audio model (OpenAI only). */
    boolean chat() {
        return chat;
    }

    public static Optional<AiTask> fromKey(String key) {
        return Arrays.stream(values()).filter(task -> task.key.equals(key)).findFirst();
    }
}
