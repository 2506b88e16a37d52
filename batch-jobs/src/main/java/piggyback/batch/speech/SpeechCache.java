package piggyback.batch.speech;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import piggyback.batch.ai.AiProvider;
import piggyback.batch.ai.AiTask;
import piggyback.storage.media.MediaStore;
import piggyback.storage.media.StoredObject;

/**
 * Speech once made is kept in the object store under
 * {@code tts-cache/<sha256 of provider|text|voice|speed|format>.<format produced>}, so the same
 * line is synthesised once (speech costs time offline and money online), by the API and the pipeline alike. The voice
 * actually used travels in the object's content type ({@code audio/mpeg;voice=alloy}).
 */
@Component
public class SpeechCache {

    static final String PREFIX = "tts-cache/";
    private static final String VOICE_PARAMETER = "voice=";
    private static final Map<String, String> CONTENT_TYPES = Map.of("mp3", "audio/mpeg", "opus", "audio/ogg",
            "aac", "audio/aac", "flac", "audio/flac", "wav", "audio/wav", "pcm", "audio/pcm");

    private final SpeechSynthesizer synthesizer;
    private final MediaStore store;
    private final AiProvider provider;

    SpeechCache(SpeechSynthesizer synthesizer, MediaStore store, AiProvider provider) {
        this.synthesizer = synthesizer;
        this.store = store;
        this.provider = provider;
    }

    /** The stored speech for this request, or new speech (then stored). */
    public SynthesizedSpeech speak(SpeechRequest request) {
        String name = PREFIX + digest(request);
        Optional<SynthesizedSpeech> cached = find(name, synthesizer.formatFor(request.format()));
        if (cached.isPresent()) {
            return cached.get();
        }
        SynthesizedSpeech made = synthesizer.synthesize(request);
        store.put(name + "." + made.format(), made.audio(),
                CONTENT_TYPES.getOrDefault(made.format(), "application/octet-stream") + ";" + VOICE_PARAMETER + made.voice());
        return made;
    }

    /** The object's key without its extension, which is the format produced. */
    private String digest(SpeechRequest request) {
        String identity = String.join("|", provider.name(AiTask.SPEECH), request.text(), request.voice(),
                Double.toString(request.speed()), request.format());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(identity.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** One look-up, by the key the synthesizer would store it under (a list of the name's keys costs more). */
    private Optional<SynthesizedSpeech> find(String name, String format) {
        String key = name + "." + format;
        return store.stat(key).map(StoredObject::contentType).flatMap(SpeechCache::voiceOf)
                .map(used -> new SynthesizedSpeech(store.getBytes(key), format, used));
    }

    private static Optional<String> voiceOf(String contentType) {
        for (String part : contentType.split(";")) {
            if (part.strip().startsWith(VOICE_PARAMETER)) {
                return Optional.of(part.strip().substring(VOICE_PARAMETER.length()));
            }
        }
        return Optional.empty();
    }
}
