package piggyback.batch.ai;

import java.net.URI;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Which provider and model each {@link AiTask} uses (docs/architecture.md#ai-and-media-providers):
 * {@code piggyback.ai.<task>.provider} and {@code .model}, the provider defaulting to {@code piggyback.ai.provider}
 * (left empty: openai when an OpenAI key is set, else offline) and the model to the provider's own.
 * <p>
 * The settings are checked when the application starts, so a deployment never learns of a missing key from a
 * child's first borderline answer: a task given a provider without its key, or a provider that has no model for it
 * (speech from Claude), refuses to start with one line naming the setting to change.
 */
@Component
public class AiProvider {

    /** The placeholder key that lets Spring AI's OpenAI beans start when no real key is configured. */
    public static final String NO_KEY = "not-configured";
    static final String OPENAI_CLOUD_HOST = "api.openai.com";

    private final Map<AiTask, ModelProvider> providers = new EnumMap<>(AiTask.class);
    private final Map<AiTask, String> models = new EnumMap<>(AiTask.class);
    private final Map<ModelProvider, Connection> connections = new EnumMap<>(ModelProvider.class);

    public AiProvider(Environment environment) {
        connections.put(ModelProvider.OPENAI, new Connection(
                environment.getProperty("spring.ai.openai.base-url", "https://" + OPENAI_CLOUD_HOST + "/v1"),
                real(environment.getProperty("spring.ai.openai.api-key", NO_KEY))));
        connections.put(ModelProvider.ANTHROPIC, new Connection(
                environment.getProperty("piggyback.ai.anthropic.base-url", "https://api.anthropic.com"),
                real(environment.getProperty("piggyback.ai.anthropic.api-key", ""))));
        connections.put(ModelProvider.GEMINI, new Connection(
                environment.getProperty("piggyback.ai.gemini.base-url", "https://generativelanguage.googleapis.com"),
                real(environment.getProperty("piggyback.ai.gemini.api-key", ""))));
        String chosen = environment.getProperty("piggyback.ai.provider", "").strip();
        ModelProvider fallback = chosen.isEmpty()
                ? (connection(ModelProvider.OPENAI).apiKey() == null ? ModelProvider.OFFLINE : ModelProvider.OPENAI)
                : parse("piggyback.ai.provider", chosen);
        for (AiTask task : AiTask.values()) {
            String setting = "piggyback.ai." + task.key() + ".provider";
            String own = environment.getProperty(setting, "").strip();
            ModelProvider provider = own.isEmpty() ? fallback : parse(setting, own);
            String decidedBy = own.isEmpty() ? setting + " (from piggyback.ai.provider)" : setting;
            check(task, provider, decidedBy);
            providers.put(task, provider);
            String model = environment.getProperty("piggyback.ai." + task.key() + ".model", "").strip();
            models.put(task, model.isEmpty() ? provider.defaultModel(task) : model);
        }
    }

    /** Where a provider is reached, and its key (null when none is set). */
    public record Connection(String baseUrl, String apiKey) {
    }

    public ModelProvider provider(AiTask task) {
        return providers.get(task);
    }

    /** The model's name at the provider; null offline. */
    public String model(AiTask task) {
        return models.get(task);
    }

    /** Whether the task calls a model over the network. */
    public boolean online(AiTask task) {
        return provider(task) != ModelProvider.OFFLINE;
    }

    /** The provider's key, e.g. {@code anthropic}: what the metrics and the quiz configuration name. */
    public String name(AiTask task) {
        return provider(task).key();
    }

    public Connection connection(ModelProvider provider) {
        return connections.get(provider);
    }

    private void check(AiTask task, ModelProvider provider, String decidedBy) {
        if (!provider.offers(task)) {
            throw new IllegalStateException(decidedBy + " is " + provider.key() + ", which has no " + task.key()
                    + " model: set " + environmentName("piggyback.ai." + task.key() + ".provider")
                    + " to openai or offline");
        }
        if (connection(provider) == null || connection(provider).apiKey() != null) {
            return;
        }
        switch (provider) {
            case OPENAI -> {
                // a local OpenAI-compatible server (Ollama, vLLM, llama.cpp) needs no key
                String host = URI.create(connection(provider).baseUrl()).getHost();
                if (host == null || host.equalsIgnoreCase(OPENAI_CLOUD_HOST)) {
                    throw new IllegalStateException(decidedBy + " is openai but OPENAI_API_KEY is not set "
                            + "(or set OPENAI_BASE_URL to a local OpenAI-compatible server)");
                }
            }
            case ANTHROPIC -> throw new IllegalStateException(
                    decidedBy + " is anthropic but ANTHROPIC_API_KEY (piggyback.ai.anthropic.api-key) is not set");
            case GEMINI -> throw new IllegalStateException(
                    decidedBy + " is gemini but GEMINI_API_KEY (piggyback.ai.gemini.api-key) is not set");
            case OFFLINE -> {
            }
        }
    }

    private static ModelProvider parse(String setting, String value) {
        return ModelProvider.fromKey(value).orElseThrow(() -> new IllegalStateException(
                setting + " must be one of " + ModelProvider.keys() + ", not '" + value + "'"));
    }

    private static String environmentName(String property) {
        return property.replace('.', '_').replace("-", "").toUpperCase(Locale.ROOT);
    }

    private static String real(String key) {
        return key == null || key.isBlank() || NO_KEY.equals(key) ? null : key.strip();
    }
}
