package piggyback.batch.speech;

import java.time.Duration;

import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.ai.audio.tts.TextToSpeechPrompt;
import org.springframework.ai.openai.OpenAiAudioSpeechModel;

import piggyback.batch.ai.ModelProvider;
import piggyback.batch.ai.ProviderLimits;
import org.springframework.ai.openai.OpenAiAudioSpeechOptions;

/**
 * Online speech through Spring AI's OpenAI speech model ({@code gpt-4o-mini-tts} unless
 * {@code piggyback.ai.speech.model} says otherwise), the
 * requested format passed on, and one retry with {@code alloy} when OpenAI rejects the voice.
 */
class OpenAiSpeechSynthesizer implements SpeechSynthesizer {

    static final String FALLBACK_VOICE = "alloy";
    /** OpenAI's answer when no format is asked for. */
    private static final String SERVICE_FORMAT = "mp3";

    /** The longest a line waits for its turn on the shared rate limit (the pipeline and the API both speak). */
    static final Duration MAX_WAIT = Duration.ofSeconds(30);
    /** Retries of a line refused for the rate limit or failed on OpenAI's side, as its client's default made. */
    static final int RETRIES = 2;

    private final OpenAiAudioSpeechModel model;
    private final String modelName;
    private final ProviderLimits limits;

    OpenAiSpeechSynthesizer(OpenAiAudioSpeechModel model, String modelName, ProviderLimits limits) {
        this.model = model;
        this.modelName = modelName;
        this.limits = limits;
    }

    @Override
    public String formatFor(String requested) {
        return SpeechRequest.FORMATS.contains(requested) ? requested : SERVICE_FORMAT;
    }

    @Override
    public SynthesizedSpeech synthesize(SpeechRequest request) {
        try {
            return speak(request, request.voice());
        } catch (RuntimeException first) {
            if (FALLBACK_VOICE.equals(request.voice()) || !aboutTheVoice(first)) {
                throw new SpeechFailedException(first.getMessage(), first);
            }
            try {
                return speak(request, FALLBACK_VOICE);
            } catch (RuntimeException second) {
                throw new SpeechFailedException(first.getMessage() + " | fallback_failed=" + second.getMessage(), second);
            }
        }
    }

    private SynthesizedSpeech speak(SpeechRequest request, String voice) {
        String format = SpeechRequest.FORMATS.contains(request.format()) ? request.format() : null;
        OpenAiAudioSpeechOptions options = OpenAiAudioSpeechOptions.builder()
                .model(modelName)
                .voice(voice)
                .speed(request.speed())
                .responseFormat(format)
                .build();
        byte[] audio = limits.call(ModelProvider.OPENAI.key(), modelName, request.text().length() / 4 + 1, MAX_WAIT,
                RETRIES, () -> model.call(new TextToSpeechPrompt(request.text(), options)).getResult().getOutput());
        if (audio.length == 0) {
            throw new IllegalStateException("the speech service returned no audio");
        }
        return new SynthesizedSpeech(audio, format == null ? SERVICE_FORMAT : format, voice);
    }

    /** The reference's test for "this voice is the problem". */
    private static boolean aboutTheVoice(RuntimeException error) {
        String message = String.valueOf(error.getMessage()).toLowerCase(Locale.ROOT);
        return Stream.of("voice", "unknown", "not found", "unsupported").anyMatch(message::contains);
    }
}
