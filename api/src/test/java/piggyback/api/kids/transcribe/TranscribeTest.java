package piggyback.api.kids.transcribe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletContext;
import piggyback.api.ApiClient;
import piggyback.api.ApiTest;
import piggyback.storage.media.MediaStore;
import piggyback.testing.SpeechFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/transcribe} with the offline recogniser: real speech in, words out, nothing kept. */
class TranscribeTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[] SPOKEN = SpeechFixtures.spokenWav(SpeechFixtures.RECOGNISED_PHRASE);

    @Autowired
    private MediaStore store;

    @Autowired
    private ServletContext servletContext;

    @Autowired
    private MultipartConfigElement multipart;

    private ApiClient kid;

    @BeforeEach
    void signInAChildDevice() {
        String parentCode = "code-" + unique();
        newParent(parentCode);
        kid = learner(parentCode);
    }

    @ParameterizedTest
    @CsvSource({"webm, audio/webm;codecs=opus", "ogg, audio/ogg", "mp3, audio/mpeg", "m4a, audio/mp4", "wav, audio/wav"})
    void theChildsWordsComeBackAsText(String extension, String contentType) throws Exception {
        byte[] recording = extension.equals("wav") ? SPOKEN : SpeechFixtures.convert(SPOKEN, extension);

        JsonNode body = expect(200, AudioUpload.post(port, kid, recording, contentType));

        assertThat(body.path("success").asBoolean()).isTrue();
        assertThat(body.path("text").asString()).isEqualTo("three dogs");
    }

    @Test
    void anyoneSignedInMayTranscribeButNotAStranger() throws Exception {
        String password = "pw-" + unique();
        ApiClient expert = expert(newExpert(password), password);

        assertThat(expect(200, AudioUpload.post(port, expert, SPOKEN, "audio/wav")).path("success").asBoolean()).isTrue();
        assertThat(expect(200, AudioUpload.post(port, admin(), SPOKEN, "audio/wav")).path("success").asBoolean()).isTrue();
        expect(401, AudioUpload.post(port, null, SPOKEN, "audio/wav"));
    }

    @Test
    void aFileOverTenMegabytesIs413() throws Exception {
        byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];

        JsonNode body = expect(413, AudioUpload.post(port, kid, tooLarge, "audio/webm"));

        assertThat(body.path("success").asBoolean()).isFalse();
        assertThat(body.path("error").asString()).isEqualTo("The audio file is larger than 10 MB");
    }

    @Test
    void anUploadDeclaredFarLargerIsRefusedBeforeItIsRead() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/transcribe HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: SESSION=" + kid.sessionId()
                    + "\r\nX-Forwarded-For: " + kid.address() + "\r\nContent-Type: multipart/form-data; boundary=x"
                    + "\r\nContent-Length: 500000000\r\n\r\n--x\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));

            assertThat(in.readLine()).startsWith("HTTP/1.1 413");
            // the rest as it comes: the JSON has no line end, and the server need not close yet
            StringBuilder rest = new StringBuilder();
            int c;
            while (!rest.toString().endsWith("}") && (c = in.read()) != -1) {
                rest.append((char) c);
            }
            assertThat(rest.toString()).contains("\"error\":\"The audio file is larger than 10 MB\"}");
        }
    }

    @Test
    void audioLongerThanSixtySecondsIs400() throws Exception {
        JsonNode body = expect(400, AudioUpload.post(port, kid, SpeechFixtures.silenceWav(Duration.ofSeconds(70)),
                "audio/wav"));

        assertThat(body.path("success").asBoolean()).isFalse();
        assertThat(body.path("error").asString()).isEqualTo("The audio is longer than 60 seconds");
    }

    @Test
    void bytesThatAreNotAudioAre400() throws Exception {
        byte[] noise = new byte[20_000];
        new Random(3).nextBytes(noise);

        for (byte[] upload : List.of(noise, "<html>not audio</html>".getBytes(StandardCharsets.UTF_8), new byte[0])) {
            JsonNode body = expect(400, AudioUpload.post(port, kid, upload, "audio/webm"));
            assertThat(body.path("error").asString()).startsWith("The file is not audio this server can read");
        }
    }

    @Test
    void withoutTheFilePartIs422() throws Exception {
        JsonNode body = expect(422, AudioUpload.post(port, kid, "audio", SPOKEN, "audio/wav"));

        assertThat(body.path("detail").path(0).path("loc").toString()).isEqualTo("[\"body\",\"file\"]");
    }

    @Test
    void theRecordingLeavesNothingBehind() throws Exception {
        int objectsBefore = store.list("").size();

        expect(200, AudioUpload.post(port, kid, SpeechFixtures.convert(SPOKEN, "webm"), "audio/webm"));

        assertThat(store.list("")).hasSize(objectsBefore);
        Path tomcatTemp = ((File) servletContext.getAttribute(ServletContext.TEMPDIR)).toPath();
        try (Stream<Path> files = Files.walk(tomcatTemp)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void anyUploadTheLimitLetsThroughStaysInMemory() {
        assertThat((long) multipart.getFileSizeThreshold()).isGreaterThanOrEqualTo(AudioUploadLimit.MAX_REQUEST_BYTES);
    }

    @Test
    void theApiDocumentDescribesTheUploadAsTheSeedDoes() {
        JsonNode route = anonymous().get("/v3/api-docs").expect(200).json().path("paths").path("/api/transcribe")
                .path("post");

        assertThat(route.path("summary").asString()).isEqualTo("Transcribe uploaded audio to text");
        assertThat(route.path("tags").get(0).asString()).isEqualTo("kids");
        JsonNode file = route.path("requestBody").path("content").path("multipart/form-data").path("schema")
                .path("properties").path("file");
        assertThat(file.path("format").asString()).isEqualTo("binary");
    }

    private static JsonNode expect(int status, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }
}
