package piggyback.batch.speech;

import piggyback.batch.metrics.ProviderPort;

/**
 * Turns a child's spoken answer into text (docs/architecture.md#ai-and-media-providers): OpenAI transcription online,
 * pocketsphinx offline. The audio stays in memory; nothing keeps it: it is a child's voice.
 */
@ProviderPort(name = "transcription", method = "transcribe")
public interface Transcriber {

    /** @throws TranscriptionFailedException when the service or the local tool fails */
    String transcribe(Recording recording);
}
