package piggyback.api.kids.transcribe;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import piggyback.api.ApiClient;
import piggyback.api.ApiTest;
import piggyback.testing.FakeOpenAi;
import piggyback.testing.FakeOpenAi.Reply;
import piggyback.testing.SpeechFixtures;
import piggyback.testing.TestInfrastructure;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/transcribe} through Spring AI's OpenAI transcription model, against the fake server. */
@TestPropertySource(properties = "piggyback.ai.provider=openai")
class TranscribeOpenAiTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[] SPOKEN = SpeechFixtures.spokenWav(SpeechFixtures.RECOGNISED_PHRASE);

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
    void sendsTheRecordingToWhisperAndAnswersItsText() throws Exception {
        openAi.enqueue(FakeOpenAi.TRANSCRIPTIONS, Reply.transcription("Three dogs."));
        byte[] webm = SpeechFixtures.convert(SPOKEN, "webm");

        JsonNode body = expect(200, AudioUpload.post(port, kid, webm, "audio/webm;codecs=opus"));

        assertThat(body.path("success").asBoolean()).isTrue();
        assertThat(body.path("text").asString()).isEqualTo("Three dogs.");
        FakeOpenAi.Recorded sent = openAi.requests(FakeOpenAi.TRANSCRIPTIONS).get(0);
        assertThat(sent.headers().get("Content-type").get(0)).startsWith("multipart/form-data");
        String form = new String(sent.body(), StandardCharsets.ISO_8859_1);
        assertThat(form).containsPattern("name=\"model\"\\r\\n(.*\\r\\n)*\\r\\nwhisper-1\\r\\n");
        assertThat(form).contains("name=\"file\"; filename=\"speech.webm\"");
        assertThat(form).contains(new String(webm, StandardCharsets.ISO_8859_1));
    }

    @Test
    void theFileIsNamedAfterWhatItReallyIs() throws Exception {
        openAi.enqueue(FakeOpenAi.TRANSCRIPTIONS, Reply.transcription("three dogs"));

        expect(200, AudioUpload.post(port, kid, SpeechFixtures.convert(SPOKEN, "mp3"), "audio/webm"));

        String form = openAi.requests(FakeOpenAi.TRANSCRIPTIONS).get(0).bodyText();
        assertThat(form).contains("name=\"file\"; filename=\"speech.mp3\"");
    }

    @Test
    void aFailedTranscriptionIs200WithTheError() throws Exception {
        openAi.enqueue(FakeOpenAi.TRANSCRIPTIONS, Reply.error(400, "invalid_request_error", "Audio file might be corrupted"));

        JsonNode body = expect(200, AudioUpload.post(port, kid, SPOKEN, "audio/wav"));

        assertThat(body.path("success").asBoolean()).isFalse();
        assertThat(body.path("error").asString()).contains("Audio file might be corrupted");
    }

    @Test
    void audioOverTheLimitsNeverReachesOpenAi() throws Exception {
        expect(400, AudioUpload.post(port, kid, SpeechFixtures.silenceWav(Duration.ofSeconds(70)), "audio/wav"));
        expect(400, AudioUpload.post(port, kid, "not audio".getBytes(StandardCharsets.UTF_8), "audio/webm"));
        expect(413, AudioUpload.post(port, kid, new byte[10 * 1024 * 1024 + 1], "audio/webm"));

        assertThat(openAi.requests(FakeOpenAi.TRANSCRIPTIONS)).isEmpty();
    }

    private static JsonNode expect(int status, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }
}
