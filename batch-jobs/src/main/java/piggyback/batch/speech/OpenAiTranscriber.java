package piggyback.batch.speech;

import java.time.Duration;

import org.springframework.ai.audio.transcription.AudioTranscriptionPrompt;
import org.springframework.ai.openai.OpenAiAudioTranscriptionModel;
import org.springframework.ai.openai.OpenAiAudioTranscriptionOptions;
import org.springframework.core.io.ByteArrayResource;

import piggyback.batch.ai.ModelProvider;
import piggyback.batch.ai.ProviderLimits;

import com.openai.models.audio.AudioResponseFormat;

/**
 * Online transcription through Spring AI's OpenAI transcription model ({@code whisper-1} unless
 * {@code piggyback.ai.transcription.model} says otherwise).
 */
class OpenAiTranscriber implements Transcriber {

    /** The longest a child's answer waits for its turn on the shared rate limit. */
    static final Duration MAX_WAIT = Duration.ofSeconds(10);
    /** One retry of a refused or failed recording: the child is waiting for the grade. */
    static final int RETRIES = 1;

    private final OpenAiAudioTranscriptionModel model;
    private final OpenAiAudioTranscriptionOptions options;
    private final String modelName;
    private final ProviderLimits limits;

    OpenAiTranscriber(OpenAiAudioTranscriptionModel model, String modelName, ProviderLimits limits) {
        this.model = model;
        this.modelName = modelName;
        this.limits = limits;
        this.options = OpenAiAudioTranscriptionOptions.builder()
                .model(modelName)
                .responseFormat(AudioResponseFormat.JSON)
                .build();
    }

    @Override
    public String transcribe(Recording recording) {
        ByteArrayResource audio = new ByteArrayResource(recording.bytes()) {
            @Override
            public String getFilename() {
                return recording.fileName();
            }
        };
        try {
            return limits.call(ModelProvider.OPENAI.key(), modelName, 1, MAX_WAIT, RETRIES,
                    () -> model.call(new AudioTranscriptionPrompt(audio, options)).getResult().getOutput());
        } catch (RuntimeException e) {
            throw new TranscriptionFailedException(e.getMessage(), e);
        }
    }
}
