package piggyback.batch.speech;

import piggyback.batch.metrics.ProviderPort;

/**
 * Turns a child's spoken answer into text (ARCHITECTURE §5): OpenAI transcription online,
 * pocketsphinx offline. The audio stays in memory; nothing keeps it (ARCHITECTURE §8).
 */
@ProviderPort(name = "transcription", method = "transcribe")
public interface Transcriber {

    /** @throws TranscriptionFailedException when the service or the local tool fails */
    String transcribe(Recording recording);
}
