package piggyback.batch.ai;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Who runs a task's model: a cloud provider, an OpenAI-compatible server, or this machine without a network. */
public enum ModelProvider {
    OPENAI("openai", "gpt-4o-mini"),
    ANTHROPIC("anthropic", "claude-haiku-4-5"),
    GEMINI("gemini", "gemini-2.5-flash"),
    OFFLINE("offline", null);

    private final String key;
    private final String chatModel;

    ModelProvider(String key, String chatModel) {
        this.key = key;
        this.chatModel = chatModel;
    }

    public String key() {
        return key;
    }

    /** Claude and Gemini have no speech or transcription models behind these ports. */
    boolean offers(AiTask task) {
        return task.chat() || this == OPENAI || this == OFFLINE;
    }

    /** The model used when {@code piggyback.ai.<task>.model} is not set; null offline. */
    String defaultModel(AiTask task) {
        if (this != OPENAI || task.chat()) {
            return chatModel;
        }
        return task == AiTask.SPEECH ? "gpt-4o-mini-tts" : "whisper-1";
    }

    static Optional<ModelProvider> fromKey(String key) {
        String wanted = key.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(provider -> provider.key.equals(wanted)).findFirst();
    }

    static String keys() {
        return Arrays.stream(values()).map(ModelProvider::key).collect(Collectors.joining(", "));
    }
}
