package piggyback.batch.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;

import piggyback.batch.BatchTestApplication;
import piggyback.testing.TestInfrastructure;

/** The pipeline application does not start with a task it cannot serve, and says which setting to change. */
class AiSettingsStartupTest {

    private static ThrowingCallable start(Map<String, Object> settings) {
        Map<String, Object> all = new HashMap<>(TestInfrastructure.shared().properties());
        all.put("spring.main.banner-mode", "off");
        all.putAll(settings);
        return () -> new SpringApplicationBuilder(BatchTestApplication.class).properties(all).run().close();
    }

    @Test
    void theJudgeOnClaudeWithoutItsKeyRefusesToStart() {
        assertThatThrownBy(start(Map.of("piggyback.ai.provider", "offline", "piggyback.ai.judge.provider", "anthropic",
                "piggyback.ai.anthropic.api-key", "")))
                .satisfies(failure -> assertThat(NestedExceptionUtils.getMostSpecificCause(failure).getMessage())
                        .isEqualTo("piggyback.ai.judge.provider is anthropic but ANTHROPIC_API_KEY "
                                + "(piggyback.ai.anthropic.api-key) is not set"));
    }

    @Test
    void speechFromClaudeRefusesToStart() {
        assertThatThrownBy(start(Map.of("piggyback.ai.provider", "offline", "piggyback.ai.speech.provider",
                "anthropic")))
                .satisfies(failure -> assertThat(NestedExceptionUtils.getMostSpecificCause(failure).getMessage())
                        .isEqualTo("piggyback.ai.speech.provider is anthropic, which has no speech model: "
                                + "set PIGGYBACK_AI_SPEECH_PROVIDER to openai or offline"));
    }
}
