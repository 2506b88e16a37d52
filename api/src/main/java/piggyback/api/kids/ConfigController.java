package piggyback.api.kids;

import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import piggyback.api.web.Json;
import piggyback.batch.ai.AiProvider;
import piggyback.batch.ai.AiTask;

/** Public quiz configuration ({@code GET /api/config}). */
@RestController
@Tag(name = "kids")
@EnableConfigurationProperties(QuizSettings.class)
class ConfigController {

    private final QuizSettings settings;
    private final AiProvider provider;

    ConfigController(QuizSettings settings, AiProvider provider) {
        this.settings = settings;
        this.provider = provider;
    }

    @GetMapping("/api/config")
    @Operation(summary = "Get frontend quiz configuration (thresholds, skip prevention)")
    Map<String, Object> config() {
        // what the server really uses: the chat model only when the judge has a provider other than offline
        boolean useAi = settings.useAi() && provider.online(AiTask.JUDGE);
        return Json.obj("skip_prevention", settings.skipPrevention(), "thresholds", Json.obj(
                "rapidfuzz_correct", settings.rapidfuzzCorrect(), "rapidfuzz_wrong", settings.rapidfuzzWrong(),
                "use_ai", useAi, "ai_provider", provider.name(AiTask.JUDGE),
                "ai_model", useAi ? provider.model(AiTask.JUDGE) : null,
                "ai_temperature", settings.aiTemperature(), "ai_max_tokens", settings.aiMaxTokens(),
                "ai_timeout", settings.aiTimeout()));
    }
}
