package piggyback.batch.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Which provider and model each task gets, and the settings that refuse to start with one line naming them. */
class AiProviderTest {

    private static MockEnvironment settings(String... pairs) {
        MockEnvironment environment = new MockEnvironment();
        for (int i = 0; i < pairs.length; i += 2) {
            environment.setProperty(pairs[i], pairs[i + 1]);
        }
        return environment;
    }

    @Test
    void withoutAnyKeyEveryTaskIsOfflineAndWithAnOpenAiKeyEveryTaskIsOpenAi() {
        AiProvider none = new AiProvider(settings("spring.ai.openai.api-key", AiProvider.NO_KEY));
        AiProvider openAi = new AiProvider(settings("spring.ai.openai.api-key", "sk-real"));

        for (AiTask task : AiTask.values()) {
            assertThat(none.provider(task)).isEqualTo(ModelProvider.OFFLINE);
            assertThat(none.online(task)).isFalse();
            assertThat(openAi.provider(task)).isEqualTo(ModelProvider.OPENAI);
        }
        assertThat(openAi.model(AiTask.QUESTIONS)).isEqualTo("gpt-4o-mini");
        assertThat(openAi.model(AiTask.SPEECH)).isEqualTo("gpt-4o-mini-tts");
        assertThat(openAi.model(AiTask.TRANSCRIPTION)).isEqualTo("whisper-1");
    }

    @Test
    void eachTaskMayHaveItsOwnProviderAndModel() {
        AiProvider providers = new AiProvider(settings("piggyback.ai.provider", "openai",
                "spring.ai.openai.api-key", "sk-real",
                "piggyback.ai.questions.provider", "gemini", "piggyback.ai.gemini.api-key", "g-key",
                "piggyback.ai.companions.provider", "anthropic", "piggyback.ai.anthropic.api-key", "a-key",
                "piggyback.ai.companions.model", "claude-sonnet-4-5",
                "piggyback.ai.judge.provider", "offline"));

        assertThat(providers.name(AiTask.QUESTIONS)).isEqualTo("gemini");
        assertThat(providers.model(AiTask.QUESTIONS)).isEqualTo("gemini-2.5-flash");
        assertThat(providers.name(AiTask.COMPANIONS)).isEqualTo("anthropic");
        assertThat(providers.model(AiTask.COMPANIONS)).isEqualTo("claude-sonnet-4-5");
        assertThat(providers.online(AiTask.JUDGE)).isFalse();
        assertThat(providers.name(AiTask.SPEECH)).isEqualTo("openai");
        assertThat(providers.connection(ModelProvider.GEMINI).apiKey()).isEqualTo("g-key");
    }

    @Test
    void aLocalOpenAiCompatibleServerNeedsNoKey() {
        AiProvider local = new AiProvider(settings("piggyback.ai.provider", "openai",
                "spring.ai.openai.api-key", AiProvider.NO_KEY,
                "spring.ai.openai.base-url", "http://127.0.0.1:11434/v1", "piggyback.ai.questions.model", "llava"));

        assertThat(local.provider(AiTask.QUESTIONS)).isEqualTo(ModelProvider.OPENAI);
        assertThat(local.model(AiTask.QUESTIONS)).isEqualTo("llava");
        assertThat(local.connection(ModelProvider.OPENAI).apiKey()).isNull();
    }

    @Test
    void aTaskOnAProviderWithoutItsKeyRefusesToStartNamingTheSetting() {
        assertThatThrownBy(() -> new AiProvider(settings("piggyback.ai.questions.provider", "anthropic")))
                .isInstanceOf(IllegalStateException.class).hasMessage("piggyback.ai.questions.provider is anthropic "
                        + "but ANTHROPIC_API_KEY (piggyback.ai.anthropic.api-key) is not set");
        assertThatThrownBy(() -> new AiProvider(settings("piggyback.ai.provider", "gemini")))
                .hasMessage("piggyback.ai.questions.provider (from piggyback.ai.provider) is gemini "
                        + "but GEMINI_API_KEY (piggyback.ai.gemini.api-key) is not set");
        assertThatThrownBy(() -> new AiProvider(settings("piggyback.ai.judge.provider", "openai")))
                .hasMessage("piggyback.ai.judge.provider is openai but OPENAI_API_KEY is not set "
                        + "(or set OPENAI_BASE_URL to a local OpenAI-compatible server)");
    }

    @Test
    void speechOrTranscriptionFromAProviderWithoutSuchModelsRefusesToStart() {
        assertThatThrownBy(() -> new AiProvider(settings("piggyback.ai.speech.provider", "anthropic",
                "piggyback.ai.anthropic.api-key", "a-key")))
                .hasMessage("piggyback.ai.speech.provider is anthropic, which has no speech model: "
                        + "set PIGGYBACK_AI_SPEECH_PROVIDER to openai or offline");
        assertThatThrownBy(() -> new AiProvider(settings("piggyback.ai.provider", "gemini",
                "piggyback.ai.gemini.api-key", "g-key", "piggyback.ai.speech.provider", "offline")))
                .hasMessage("piggyback.ai.transcription.provider (from piggyback.ai.provider) is gemini, which has "
                        + "no transcription model: set PIGGYBACK_AI_TRANSCRIPTION_PROVIDER to openai or offline");
    }

    @Test
    void anUnknownProviderRefusesToStart() {
        assertThatThrownBy(() -> new AiProvider(settings("piggyback.ai.companions.provider", "ollama")))
                .hasMessage("piggyback.ai.companions.provider must be one of openai, anthropic, gemini, offline, "
                        + "not 'ollama'");
    }
}
