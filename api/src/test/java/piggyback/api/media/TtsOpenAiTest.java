package piggyback.api.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import piggyback.api.ApiClient;
import piggyback.api.ApiTest;
import piggyback.testing.FakeOpenAi;
import piggyback.testing.FakeOpenAi.Reply;
import piggyback.testing.TestInfrastructure;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/tts} through Spring AI's OpenAI speech model, against the fake OpenAI server. */
@TestPropertySource(properties = "piggyback.ai.provider=openai")
class TtsOpenAiTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[] MP3 = {(byte) 0xFF, (byte) 0xFB, 0x50, 0x00, 1, 2, 3};

    private final FakeOpenAi openAi = TestInfrastructure.shared().openAi();
    private ApiClient kid;

    @BeforeEach
    void setUp() {
        openAi.reset();
        String parentCode = "code-" + unique();
        newParent(parentCode);
        kid = learner(parentCode);
    }

    @Test
    void asksForTheReferenceModelVoiceAndSpeedAndTheRequestedFormat() {
        openAi.enqueue(FakeOpenAi.SPEECH, Reply.bytes("audio/mpeg", MP3));
        String text = "What colour was the bus? " + unique();

        JsonNode body = kid.postJson("/api/tts", Map.of("text", text)).expect(200).json();

        assertThat(body.path("success").asBoolean()).isTrue();
        assertThat(Base64.getDecoder().decode(body.path("audio").asString())).isEqualTo(MP3);
        assertThat(body.path("format").asString()).isEqualTo("mp3");
        assertThat(body.path("voice").asString()).isEqualTo("sage");
        JsonNode sent = sentSpeech().get(0);
        assertThat(sent.path("model").asString()).isEqualTo("gpt-4o-mini-tts");
        assertThat(sent.path("input").asString()).isEqualTo(text);
        assertThat(sent.path("voice").asString()).isEqualTo("sage");
        assertThat(sent.path("speed").asDouble()).isEqualTo(0.75);
        assertThat(sent.path("response_format").asString()).isEqualTo("mp3");
    }

    @Test
    void passesTheFormatAndTheClampedSpeedOn() {
        openAi.enqueue(FakeOpenAi.SPEECH, Reply.bytes("audio/wav", "RIFF....WAVE".getBytes()));

        JsonNode body = kid.postJson("/api/tts", Map.of("text", "Hi " + unique(), "voice", "coral", "speed", 9,
                "format", "wav")).expect(200).json();

        assertThat(body.path("format").asString()).isEqualTo("wav");
        assertThat(body.path("voice").asString()).isEqualTo("coral");
        JsonNode sent = sentSpeech().get(0);
        assertThat(sent.path("response_format").asString()).isEqualTo("wav");
        assertThat(sent.path("speed").asDouble()).isEqualTo(4.0);
        assertThat(sent.path("voice").asString()).isEqualTo("coral");
    }

    @Test
    void aVoiceOpenAiRejectsIsRetriedOnceWithAlloy() {
        openAi.enqueue(FakeOpenAi.SPEECH,
                Reply.error(400, "invalid_value", "Invalid value for 'voice': 'robot' is not a supported voice"),
                Reply.bytes("audio/mpeg", MP3));

        JsonNode body = kid.postJson("/api/tts", Map.of("text", "Hi " + unique(), "voice", "robot")).expect(200).json();

        assertThat(body.path("voice").asString()).isEqualTo("alloy");
        assertThat(sentSpeech()).extracting(sent -> sent.path("voice").asString()).containsExactly("robot", "alloy");
    }

    @Test
    void whenAlloyFailsTooBothErrorsAreReportedAs502() {
        openAi.enqueue(FakeOpenAi.SPEECH,
                Reply.error(400, "invalid_value", "Unsupported voice robot"),
                Reply.error(400, "invalid_value", "Input text is too odd"));

        JsonNode body = kid.postJson("/api/tts", Map.of("text", "Hi " + unique(), "voice", "robot")).expect(502).json();

        assertThat(body.path("success").asBoolean()).isFalse();
        assertThat(body.path("message").asString())
                .startsWith("TTS generation failed: ")
                .containsSubsequence("Unsupported voice robot", " | fallback_failed=", "Input text is too odd");
        assertThat(sentSpeech()).hasSize(2);
    }

    @Test
    void otherFailuresAre502WithoutARetry() {
        openAi.enqueue(FakeOpenAi.SPEECH, Reply.error(401, "invalid_api_key", "Incorrect API key provided"));

        JsonNode body = kid.postJson("/api/tts", Map.of("text", "Hi " + unique())).expect(502).json();

        assertThat(body.path("message").asString()).startsWith("TTS generation failed: ")
                .contains("Incorrect API key provided").doesNotContain("fallback_failed");
        assertThat(sentSpeech()).hasSize(1);
    }

    @Test
    void alloyItselfIsNotRetried() {
        openAi.enqueue(FakeOpenAi.SPEECH, Reply.error(400, "invalid_value", "voice unavailable"));

        kid.postJson("/api/tts", Map.of("text", "Hi " + unique(), "voice", "alloy")).expect(502);

        assertThat(sentSpeech()).hasSize(1);
    }

    @Test
    void aRateLimitPausesTheProviderForEveryoneAndTheLineIsSpokenOnItsNextTurn() {
        // a client retrying by itself would get the line too, but nobody else would hear of the refusal
        openAi.enqueue(FakeOpenAi.SPEECH,
                Reply.error(429, "rate_limit_exceeded", "Rate limit reached").withHeader("Retry-After", "1"),
                Reply.bytes("audio/mpeg", MP3));
        LocalDateTime before = jdbc.sql("SELECT UTC_TIMESTAMP(6)").query(LocalDateTime.class).single();

        JsonNode body = kid.postJson("/api/tts", Map.of("text", "Wait for it " + unique())).expect(200).json();

        assertThat(Base64.getDecoder().decode(body.path("audio").asString())).isEqualTo(MP3);
        assertThat(sentSpeech()).hasSize(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM provider_rate_limits WHERE bucket = 'openai:gpt-4o-mini-tts'"
                + " AND paused_until > ?").param(before).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theSameRequestIsSynthesisedOnce() {
        openAi.always(FakeOpenAi.SPEECH, Reply.bytes("audio/mpeg", MP3));
        Map<String, Object> request = Map.of("text", "Once only " + unique(), "voice", "robot", "speed", 1.5);
        openAi.enqueue(FakeOpenAi.SPEECH, Reply.error(400, "invalid_value", "unknown voice"));

        JsonNode first = kid.postJson("/api/tts", request).expect(200).json();
        JsonNode second = kid.postJson("/api/tts", request).expect(200).json();

        assertThat(second).isEqualTo(first);
        assertThat(second.path("voice").asString()).isEqualTo("alloy");
        assertThat(sentSpeech()).hasSize(2);
    }

    private List<JsonNode> sentSpeech() {
        return openAi.requests(FakeOpenAi.SPEECH).stream().map(sent -> JSON.readTree(sent.bodyText())).toList();
    }
}
