package piggyback.api.kids.transcribe;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import piggyback.api.web.ApiException;
import piggyback.api.web.Json;
import piggyback.batch.speech.Recording;
import piggyback.batch.speech.Transcriber;
import piggyback.batch.speech.TranscriptionFailedException;
import piggyback.batch.speech.UnusableAudioException;

/**
 * A child's spoken answer to text; any session (docs/decisions/0009-who-may-call-what.md). The audio is
 * held in memory for this request only and is never stored or logged, nor is what was heard: it is a
 * child's voice. Decoding and recognition take a second or more, so they run on the MVC async executor
 * and never hold one of the few request threads ({@link piggyback.api.web.RequestThreads}).
 */
@RestController
@Tag(name = "kids")
class TranscribeController {

    /** Audio uploads are at most 10 MB and 60 seconds (docs/api-contract.md#conventions). */
    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final Duration MAX_LENGTH = Duration.ofSeconds(60);
    static final String TOO_LARGE = "The audio file is larger than 10 MB";

    private static final Logger log = LoggerFactory.getLogger(TranscribeController.class);

    private final Transcriber transcriber;

    TranscribeController(Transcriber transcriber) {
        this.transcriber = transcriber;
    }

    @PostMapping(value = "/api/transcribe", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Transcribe uploaded audio to text")
    Callable<Map<String, Object>> transcribe(@RequestParam("file") MultipartFile file) throws IOException {
        if (file.getSize() > MAX_BYTES) {
            throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, TOO_LARGE);
        }
        byte[] audio = file.getBytes();
        return () -> transcribe(audio);
    }

    private Map<String, Object> transcribe(byte[] audio) {
        Recording recording;
        try {
            recording = Recording.decode(audio, MAX_LENGTH);
        } catch (UnusableAudioException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        try {
            return Json.obj("success", true, "text", transcriber.transcribe(recording));
        } catch (TranscriptionFailedException e) {
            // the reference answers a failed transcription with 200 and the error, and the player reads it so
            log.warn("transcription failed: {}", e.getMessage());
            return Json.obj("success", false, "error", e.getMessage());
        }
    }
}
