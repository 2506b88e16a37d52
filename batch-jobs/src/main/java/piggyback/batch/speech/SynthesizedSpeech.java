package piggyback.batch.speech;

/** Audio made by a {@link SpeechSynthesizer}, in the format it produced, spoken by the voice it used. */
public record SynthesizedSpeech(byte[] audio, String format, String voice) {
}
