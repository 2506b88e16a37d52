package piggyback.api.kids;

import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import piggyback.api.web.Json;

/** Public quiz configuration ({@code GET /api/config}). */
@RestController
@Tag(name = "kids")
@EnableConfigurationProperties(QuizSettings.class)
class ConfigController {

    private final QuizSettings settings;

    ConfigController(QuizSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/api/config")
    @Operation(summary = "Get frontend quiz configuration (thresholds, skip prevention)")
    Map<String, Object> config() {
        return Json.obj("skip_prevention", settings.skipPrevention(), "thresholds", Json.obj(
                "rapidfuzz_correct", settings.rapidfuzzCorrect(), "rapidfuzz_wrong", settings.rapidfuzzWrong(),
                "use_ai", settings.useAi(), "ai_model", settings.aiModel(), "ai_temperature", settings.aiTemperature(),
                "ai_max_tokens", settings.aiMaxTokens(), "ai_timeout", settings.aiTimeout()));
    }
}
