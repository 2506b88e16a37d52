package piggyback.batch.speech;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Offline speech: the {@code espeak-ng} program writes WAV to stdout, which is returned as WAV or
 * encoded to MP3 in memory. Any format other than mp3 comes back as wav (and says so).
 */
class EspeakSpeechSynthesizer implements SpeechSynthesizer {

    private static final ExternalTool ESPEAK = new ExternalTool("espeak-ng", "apt-get install espeak-ng");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** Far beyond anything 2,000 characters take to say; only guards the decoder. */
    private static final Duration LONGEST_SPEECH = Duration.ofMinutes(30);
    /** espeak-ng's own default rate, taken as OpenAI's speed 1.0. */
    private static final int NORMAL_WORDS_PER_MINUTE = 175;
    private static final int MIN_WORDS_PER_MINUTE = 80;
    private static final int MAX_WORDS_PER_MINUTE = 450;
    private static final String FALLBACK_VOICE = "alloy";

    /** OpenAI's voices to espeak-ng voices of a similar kind: the female ones get female variants. */
    private static final Map<String, String> VOICES = Map.ofEntries(
            Map.entry("alloy", "en-us"),
            Map.entry("ash", "en-us+m3"),
            Map.entry("ballad", "en-gb+m4"),
            Map.entry("coral", "en-us+f4"),
            Map.entry("echo", "en-us+m2"),
            Map.entry("fable", "en-gb"),
            Map.entry("nova", "en-us+f2"),
            Map.entry("onyx", "en-us+m1"),
            Map.entry("sage", "en-us+f3"),
            Map.entry("shimmer", "en-us+f5"),
            Map.entry("verse", "en-us+m7"));

    @Override
    public String formatFor(String requested) {
        return "mp3".equals(requested) ? "mp3" : "wav";
    }

    @Override
    public SynthesizedSpeech synthesize(SpeechRequest request) {
        String voice = request.voice().toLowerCase(Locale.ROOT);
        if (!VOICES.containsKey(voice)) {
            // the online provider does the same when OpenAI does not know the voice
            voice = FALLBACK_VOICE;
        }
        int wordsPerMinute = (int) Math.round(NORMAL_WORDS_PER_MINUTE * request.speed());
        wordsPerMinute = Math.max(MIN_WORDS_PER_MINUTE, Math.min(MAX_WORDS_PER_MINUTE, wordsPerMinute));
        try {
            // the text goes to stdin, so a text starting with '-' is never read as an option
            byte[] wav = ESPEAK.run(List.of("--stdout", "-b", "1", "-v", VOICES.get(voice),
                    "-s", Integer.toString(wordsPerMinute)), request.text().getBytes(StandardCharsets.UTF_8), TIMEOUT);
            PcmAudio pcm = AudioCodec.monoPcm16(wav).orElseGet(() -> AudioCodec.decode(wav, 0, LONGEST_SPEECH).pcm());
            return formatFor(request.format()).equals("mp3")
                    ? new SynthesizedSpeech(AudioCodec.mp3(pcm), "mp3", voice)
                    : new SynthesizedSpeech(AudioCodec.wav(pcm), "wav", voice);
        } catch (ExternalTool.Failure e) {
            throw new SpeechFailedException(e.getMessage(), e);
        } catch (UnusableAudioException e) {
            throw new SpeechFailedException("espeak-ng produced no audio for this text", e);
        } catch (IOException e) {
            throw new SpeechFailedException("MP3 encoding failed: " + e.getMessage(), e);
        }
    }
}
