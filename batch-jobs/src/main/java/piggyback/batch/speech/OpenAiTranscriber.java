package piggyback.batch.speech;

import org.springframework.ai.audio.transcription.AudioTranscriptionPrompt;
import org.springframework.ai.openai.OpenAiAudioTranscriptionModel;
import org.springframework.ai.openai.OpenAiAudioTranscriptionOptions;
import org.springframework.core.io.ByteArrayResource;

import com.openai.models.audio.AudioResponseFormat;

/**
 * Online transcription through Spring AI's OpenAI transcription model ({@code whisper-1} unless
 * {@code piggyback.ai.transcription.model} says otherwise).
 */
class OpenAiTranscriber implements Transcriber {

    private final OpenAiAudioTranscriptionModel model;
    private final OpenAiAudioTranscriptionOptions options;

    OpenAiTranscriber(OpenAiAudioTranscriptionModel model, String modelName) {
        this.model = model;
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
            return model.call(new AudioTranscriptionPrompt(audio, options)).getResult().getOutput();
        } catch (RuntimeException e) {
            throw new TranscriptionFailedException(e.getMessage(), e);
        }
    }
}
