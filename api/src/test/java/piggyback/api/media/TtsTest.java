package piggyback.api.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import piggyback.api.ApiClient;
import piggyback.api.ApiTest;
import piggyback.storage.media.MediaStore;
import piggyback.storage.media.StoredObject;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/tts} with the offline voice (espeak-ng): real audio, the reference's rules, the cache. */
class TtsTest extends ApiTest {

    @Autowired
    private MediaStore store;

    private ApiClient kid;

    @BeforeEach
    void signInAChildDevice() {
        String parentCode = "code-" + unique();
        newParent(parentCode);
        kid = learner(parentCode);
    }

    @Test
    void speaksTheTextAsMp3InSageByDefaultAndKeepsIt() throws Exception {
        String text = "Where did the dogs go, " + unique() + "?";

        JsonNode body = kid.postJson("/api/tts", Map.of("text", "  " + text + "  ")).expect(200).json();

        assertThat(body.path("success").asBoolean()).isTrue();
        assertThat(body.path("format").asString()).isEqualTo("mp3");
        assertThat(body.path("voice").asString()).isEqualTo("sage");
        byte[] audio = Base64.getDecoder().decode(body.path("audio").asString());
        assertThat(SpokenAudio.lengthOf(audio)).isGreaterThan(Duration.ofMillis(300));
        String key = SpokenAudio.cacheName("offline", text, "sage", 0.75, "mp3") + ".mp3";
        assertThat(store.getBytes(key)).isEqualTo(audio);
        assertThat(store.stat(key).map(StoredObject::contentType)).contains("audio/mpeg;voice=sage");
    }

    @Test
    void wavIsRealWav() throws Exception {
        JsonNode body = kid.postJson("/api/tts", Map.of("text", "Hello " + unique(), "format", "WAV", "voice", "nova"))
                .expect(200).json();

        byte[] audio = Base64.getDecoder().decode(body.path("audio").asString());
        assertThat(new String(audio, 0, 4)).isEqualTo("RIFF");
        assertThat(SpokenAudio.lengthOf(audio)).isGreaterThan(Duration.ofMillis(300));
        assertThat(body.path("format").asString()).isEqualTo("wav");
        assertThat(body.path("voice").asString()).isEqualTo("nova");
    }

    @Test
    void theFormatProducedIsTheOneReported() {
        JsonNode body = kid.postJson("/api/tts", Map.of("text", "Hello " + unique(), "format", "flac")).expect(200).json();

        // espeak-ng makes WAV, and the answer says so rather than echoing the request
        assertThat(body.path("format").asString()).isEqualTo("wav");
    }

    @Test
    void theSameRequestIsAnsweredFromTheCache() throws Exception {
        String text = "Cached line " + unique();
        byte[] stored = {1, 2, 3, 4};
        store.put(SpokenAudio.cacheName("offline", text, "sage", 0.75, "mp3") + ".mp3", stored, "audio/mpeg;voice=alloy");

        JsonNode body = kid.postJson("/api/tts", Map.of("text", text)).expect(200).json();

        assertThat(Base64.getDecoder().decode(body.path("audio").asString())).isEqualTo(stored);
        assertThat(body.path("voice").asString()).isEqualTo("alloy");
        assertThat(body.path("format").asString()).isEqualTo("mp3");
    }

    @Test
    void aSpeedThatIsNotANumberIsTheDefaultAndOthersAreClamped() throws Exception {
        String text = "Speed line " + unique();
        store.put(SpokenAudio.cacheName("offline", text, "sage", 0.75, "wav") + ".wav", new byte[] {7}, "audio/wav;voice=sage");
        store.put(SpokenAudio.cacheName("offline", text, "sage", 4.0, "wav") + ".wav", new byte[] {8}, "audio/wav;voice=sage");
        store.put(SpokenAudio.cacheName("offline", text, "sage", 0.25, "wav") + ".wav", new byte[] {9}, "audio/wav;voice=sage");

        assertThat(audioFor(Map.of("text", text, "format", "wav", "speed", "fast"))).containsExactly(7);
        assertThat(audioFor(Map.of("text", text, "format", "wav", "speed", true))).containsExactly(7);
        assertThat(audioFor(Map.of("text", text, "format", "wav", "speed", 99))).containsExactly(8);
        assertThat(audioFor(Map.of("text", text, "format", "wav", "speed", "4.5"))).containsExactly(8);
        assertThat(audioFor(Map.of("text", text, "format", "wav", "speed", 0))).containsExactly(9);
    }

    @Test
    void emptyVoiceAndFormatMeanTheDefaults() throws Exception {
        String text = "Defaults line " + unique();
        store.put(SpokenAudio.cacheName("offline", text, "sage", 0.75, "mp3") + ".mp3", new byte[] {5}, "audio/mpeg;voice=sage");

        assertThat(audioFor(Map.of("text", text, "voice", "", "format", " "))).containsExactly(5);
    }

    @Test
    void noTextIs400AndNothingIsMade() {
        int cachedBefore = store.list("tts-cache/").size();
        Map<String, Object> nullText = new HashMap<>();
        nullText.put("text", null);

        for (Map<String, Object> body : List.of(Map.<String, Object>of(), Map.<String, Object>of("text", ""),
                Map.<String, Object>of("text", "   \n"), nullText)) {
            JsonNode reply = kid.postJson("/api/tts", body).expect(400).json();
            assertThat(reply.path("success").asBoolean()).isFalse();
            assertThat(reply.path("message").asString()).isEqualTo("text is required");
        }
        assertThat(store.list("tts-cache/")).hasSize(cachedBefore);
    }

    @Test
    void badFieldsAre400WithTheReason() {
        assertThat(kid.postJson("/api/tts", Map.of("text", "x".repeat(2001))).expect(400).json().path("message").asString())
                .isEqualTo("text must be at most 2000 characters");
        assertThat(kid.postJson("/api/tts", Map.of("text", "Hi", "format", "ogg")).expect(400).json().path("message")
                .asString()).isEqualTo("format must be one of mp3, opus, aac, flac, wav, pcm");
        assertThat(kid.postJson("/api/tts", Map.of("text", "Hi", "voice", "sage; rm")).expect(400).json()
                .path("message").asString()).isEqualTo("voice must be letters, digits, '_' or '-'");
        assertThat(kid.postJson("/api/tts", Map.of("text", Map.of("a", 1))).expect(400).json().path("message").asString())
                .isEqualTo("text must be a string");
        kid.postJson("/api/tts", "[1, 2]").expect(422);
    }

    @Test
    void anyoneSignedInMaySpeakButNotAStranger() {
        String password = "pw-" + unique();
        ApiClient expert = expert(newExpert(password), password);
        Map<String, String> request = Map.of("text", "Hello " + unique(), "format", "wav");

        expert.postJson("/api/tts", request).expect(200);
        admin().postJson("/api/tts", request).expect(200);
        JsonNode refused = anonymous().postJson("/api/tts", request).expect(401).json();
        assertThat(refused.path("success").asBoolean()).isFalse();
    }

    @Test
    void theApiDocumentNamesTheRouteAsTheSeedDoes() {
        JsonNode route = anonymous().get("/v3/api-docs").expect(200).json().path("paths").path("/api/tts").path("post");

        assertThat(route.path("summary").asString()).isEqualTo("Generate TTS audio");
        assertThat(route.path("tags").get(0).asString()).isEqualTo("media");
    }

    private byte[] audioFor(Map<String, Object> request) {
        return Base64.getDecoder().decode(kid.postJson("/api/tts", request).expect(200).json().path("audio").asString());
    }
}
