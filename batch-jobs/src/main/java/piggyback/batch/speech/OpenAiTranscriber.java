package piggyback.batch.speech;

import org.springframework.ai.audio.transcription.AudioTranscriptionPrompt;
import org.springframework.ai.openai.OpenAiAudioTranscriptionModel;
import org.springframework.ai.openai.OpenAiAudioTranscriptionOptions;
import org.springframework.core.io.ByteArrayResource;

import com.openai.models.audio.AudioResponseFormat;

/** Online transcription through Spring AI's OpenAI transcription model, {@code whisper-1}. */
class OpenAiTranscriber implements Transcriber {

    static final String MODEL = "whisper-1";

    private static final OpenAiAudioTranscriptionOptions OPTIONS = OpenAiAudioTranscriptionOptions.builder()
            .model(MODEL)
            .responseFormat(AudioResponseFormat.JSON)
            .build();

    private final OpenAiAudioTranscriptionModel model;

    OpenAiTranscriber(OpenAiAudioTranscriptionModel model) {
        this.model = model;
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
            return model.call(new AudioTranscriptionPrompt(audio, OPTIONS)).getResult().getOutput();
        } catch (RuntimeException e) {
            throw new TranscriptionFailedException(e.getMessage(), e);
        }
    }
}
