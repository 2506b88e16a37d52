package piggyback.batch.speech;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Offline transcription: the recording, as 16 kHz mono WAV, is piped into
 * {@code pocketsphinx_continuous} (Debian's {@code pocketsphinx} with the US English model), which
 * prints one line per utterance. Rough on unclear speech, but needs no network and no key.
 */
class PocketsphinxTranscriber implements Transcriber {

    private static final ExternalTool POCKETSPHINX = new ExternalTool("pocketsphinx_continuous",
            "apt-get install pocketsphinx pocketsphinx-en-us");
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    @Override
    public String transcribe(Recording recording) {
        byte[] wav = AudioCodec.wav(recording.pcm16k());
        try {
            byte[] text = POCKETSPHINX.run(List.of("-infile", "/dev/stdin", "-logfn", "/dev/null"), wav, TIMEOUT);
            return String.join(" ", new String(text, StandardCharsets.UTF_8).strip().split("\\s+")).strip();
        } catch (ExternalTool.Failure e) {
            throw new TranscriptionFailedException(e.getMessage(), e);
        }
    }
}
