package piggyback.batch.speech;

import piggyback.batch.metrics.ProviderPort;

/**
 * Turns text into spoken audio (docs/architecture.md#ai-and-media-providers): OpenAI speech online, espeak-ng offline.
 * Used by {@code POST /api/tts} and by the pipeline when it prepares the companions' lines.
 */
@ProviderPort(name = "speech", method = "synthesize")
public interface SpeechSynthesizer {

    /**
     * @return the audio with the format actually produced and the voice actually used, which may
     *         differ from the request (a voice the service does not know falls back to alloy)
     * @throws SpeechFailedException when the service or the local tool fails
     */
    SynthesizedSpeech synthesize(SpeechRequest request);

    /** The format {@link #synthesize} produces when this one is asked for (one of {@link SpeechRequest#FORMATS}). */
    String formatFor(String requested);
}
