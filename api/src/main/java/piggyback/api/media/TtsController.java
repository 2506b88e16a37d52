package piggyback.api.media;

import java.util.Base64;
import java.util.Map;
import java.util.concurrent.Callable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import piggyback.api.web.ApiException;
import piggyback.api.web.Json;
import piggyback.batch.speech.SpeechCache;
import piggyback.batch.speech.SpeechFailedException;
import piggyback.batch.speech.SpeechRequest;
import piggyback.batch.speech.SynthesizedSpeech;

/**
 * Text to speech for the companions' lines; any session, answers from the cache when
 * it can. Speaking takes a while, so it runs on the MVC async executor, off the request threads.
 */
@RestController
@Tag(name = "media")
class TtsController {

    private static final Logger log = LoggerFactory.getLogger(TtsController.class);

    private final SpeechCache speech;

    TtsController(SpeechCache speech) {
        this.speech = speech;
    }

    @PostMapping("/api/tts")
    @Operation(summary = "Generate TTS audio")
    Callable<Map<String, Object>> tts(@RequestBody Map<String, Object> body) {
        SpeechRequest input = TtsInput.read(body);
        return () -> speak(input);
    }

    private Map<String, Object> speak(SpeechRequest input) {
        try {
            SynthesizedSpeech spoken = speech.speak(input);
            return Json.obj("success", true, "audio", Base64.getEncoder().encodeToString(spoken.audio()),
                    "format", spoken.format(), "voice", spoken.voice());
        } catch (SpeechFailedException e) {
            log.warn("text to speech failed: {}", e.getMessage());
            throw new ApiException(HttpStatus.BAD_GATEWAY, "TTS generation failed: " + e.getMessage());
        }
    }
}
