package piggyback.api.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import piggyback.api.ApiClient;
import piggyback.api.ApiTest;
import piggyback.batch.testing.FixtureSite;
import piggyback.batch.testing.VideoFixtures;
import piggyback.storage.media.MediaStore;
import piggyback.storage.media.StoredObject;
import piggyback.storage.videos.MediaKeys;
import piggyback.testing.SpeechFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API answers as its OpenAPI document says: a tour calls every operation of /v3/api-docs with
 * the session of a role the operation names, and Atlassian's validator checks each request and
 * answer (status, media type, body schema, the route family's error envelope) against the
 * document. An operation the tour never calls with success fails the test, so a new route needs
 * its place here as much as its types in operations.yaml. The document itself must be a valid
 * OpenAPI document (swagger-parser).
 */
class ApiContractTest extends ApiTest {

    /**
     * Operations the tour reaches only by a refusal of the document (a 4xx in the family's
     * envelope), with why a success is out of reach here.
     */
    private static final Map<String, String> REFUSED_ONLY = Map.of(
            "POST /api/admin/jobs/{executionId}/restart", "the tour's runs complete; restarting one is a 409",
            "POST /api/admin/jobs/{executionId}/stop", "stopping needs a run still running at that instant",
            "POST /api/admin/jobs/{executionId}/abandon", "abandoning needs a stopped or failed run");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path SNAPSHOT = Path.of("src", "test", "resources", "openapi", "piggyback-api.json");

    @Autowired
    MediaStore store;

    private DocumentedExchanges exchanges;
    private final String page = "contract" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    private final FixtureSite site = VideoFixtures.site(page);

    @BeforeEach
    void readTheDocument() {
        exchanges = new DocumentedExchanges(document());
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    /** Every client of this test hands its exchanges to the validator. */
    @Override
    protected ApiClient anonymous() {
        return new ApiClient(port).observedBy(exchanges::record);
    }

    @Test
    void theDocumentIsAValidOpenApiDocument() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document(), null, options);

        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI().getPaths()).isNotEmpty();
        assertThat(parsed.getOpenAPI().getOpenapi()).startsWith("3.0");
    }

    @Test
    void everyOperationIsTypedInOperationsYaml() {
        assertThat(TypedOperations.typedOperations()).isEqualTo(exchanges.operations());
        assertThat(JSON.readTree(document()).findValuesAsString("operationId")).doesNotHaveDuplicates()
                .hasSize(exchanges.operations().size());
    }

    /**
     * The client the build generates (openapi-generator, from src/test/resources/openapi) is built
     * from the document the API serves. When this fails, the served document is in
     * target/openapi/piggyback-api.json: copy it over the snapshot.
     */
    @Test
    void theGeneratedClientIsBuiltFromTheServedDocument() throws Exception {
        String served = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(document()));
        Files.createDirectories(Path.of("target", "openapi"));
        Files.writeString(Path.of("target", "openapi", "piggyback-api.json"), served + "\n");

        assertThat(JSON.readTree(Files.readString(SNAPSHOT))).as("%s is the served document", SNAPSHOT)
                .isEqualTo(JSON.readTree(served));
    }

    @Test
    void aResponseThatDriftsFromTheDocumentFails() {
        ApiClient client = anonymous();
        client.get("/api/config").expect(200);
        DocumentedExchanges.Exchange real = exchanges.all().get(0);
        assertThat(exchanges.problems(real)).isEmpty();

        ObjectNode drifted = (ObjectNode) JSON.readTree(real.responseBody());
        drifted.put("skip_prevention", "yes");
        assertThat(exchanges.problems(withBody(real, drifted.toString())))
                .anyMatch(problem -> problem.contains("skip_prevention"));

        drifted = (ObjectNode) JSON.readTree(real.responseBody());
        drifted.remove("thresholds");
        assertThat(exchanges.problems(withBody(real, drifted.toString())))
                .anyMatch(problem -> problem.contains("thresholds"));
    }

    @Test
    void anErrorOutsideItsFamilysEnvelopeFails() {
        String password = "pw-" + unique();
        ApiClient expert = expert(newExpert(password), password);
        int before = exchanges.all().size();
        expert.get("/api/admin/experts").expect(403);
        DocumentedExchanges.Exchange refusal = exchanges.all().get(before);
        assertThat(exchanges.problems(refusal)).isEmpty();

        assertThat(exchanges.problems(withBody(refusal, "{\"success\": false, \"message\": \"Forbidden\"}")))
                .isNotEmpty();
    }

    @Test
    void everyOperationOfTheDocumentAnswersAsDocumented() throws Exception {
        tour();

        Map<String, List<Integer>> statuses = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (DocumentedExchanges.Exchange exchange : exchanges.all()) {
            String operation = exchanges.operationOf(exchange).orElse(exchange.method() + " " + exchange.path()
                    + " (not in the document)");
            statuses.computeIfAbsent(operation, o -> new ArrayList<>()).add(exchange.status());
            exchanges.problems(exchange).forEach(problem -> problems.add(operation + " → " + exchange.status()
                    + " " + abbreviated(exchange.responseBody()) + ": " + problem));
        }
        List<String> undocumentedRoles = exchanges.all().stream()
                .filter(exchange -> exchange.role() != null && exchange.status() < 300 && !exchanges.roleDocumented(exchange))
                .map(exchange -> exchange.role() + " → " + exchange.method() + " " + exchange.path()).toList();
        Set<String> unexercised = new TreeSet<>();
        for (String operation : exchanges.operations()) {
            List<Integer> seen = statuses.getOrDefault(operation, List.of());
            boolean succeeded = seen.stream().anyMatch(status -> status < 300);
            boolean refused = seen.stream().anyMatch(status -> status >= 400 && status < 500);
            if (!succeeded && !(REFUSED_ONLY.containsKey(operation) && refused)) {
                unexercised.add(operation + " " + seen);
            }
        }

        assertThat(problems).as("answers that drift from the document").isEmpty();
        assertThat(undocumentedRoles).as("calls that succeeded for a role the operation's security does not name")
                .isEmpty();
        assertThat(unexercised).as("operations of the document the tour never called with success").isEmpty();
        assertThat(statuses.keySet()).as("calls outside the document").allMatch(key -> !key.endsWith("(not in the document)"));
    }

    /** The README's tour and the rest of the API, each operation at least once. */
    private void tour() throws Exception {
        ApiClient admin = as("admin");
        admin.postForm("/api/verify-password", Map.of("user_type", "admin", "password", ADMIN_PASSWORD)).expect(200);
        admin.postJson("/api/admin/verify-access", Map.of("password", ADMIN_PASSWORD)).expect(200);

        // accounts
        String expertId = "exp_" + unique();
        String expertPassword = "pw-" + unique();
        admin.postJson("/api/admin/experts", Map.of("expert_id", expertId, "display_name", "Ms Frizzle",
                "password", expertPassword)).expect(200);
        admin.get("/api/admin/experts").expect(200);
        admin.putJson("/api/admin/experts/" + expertId, Map.of("display_name", "Ms Valerie Frizzle")).expect(200);
        String spareExpert = newExpert("pw-" + unique());
        admin.post("/api/admin/experts/" + spareExpert + "/deactivate").expect(200);
        admin.delete("/api/admin/experts/" + spareExpert).expect(200);

        String parentId = "par_" + unique();
        String familyCode = "fam-" + unique();
        String parentPassword = "parents-" + unique();
        admin.postJson("/api/admin/parents", Map.of("parent_id", parentId, "display_name", "The Arnolds",
                "login_code", familyCode, "parent_password", parentPassword)).expect(200);
        admin.get("/api/admin/parents").expect(200);
        admin.putJson("/api/admin/parents/" + parentId, Map.of("display_name", "The Arnold family")).expect(200);
        String spareParent = newParent("spare-" + unique());
        String link = admin.post("/api/admin/parents/" + spareParent + "/password-link").expect(200).json()
                .path("link").asString();
        anonymous().postJson("/api/parents/password", Map.of("token", link.substring(link.indexOf('#') + 1),
                "password", "a new parent password")).expect(200);
        admin.delete("/api/admin/parents/" + spareParent).expect(200);

        String childId = admin.postJson("/api/admin/children", Map.of("expert_id", expertId, "parent_id", parentId,
                "first_name", "Arnold", "icon_key", "alligator", "interaction_mode", "strict")).expect(200).json()
                .path("child").path("child_id").asString();
        String erasedChild = newChild(expertId, parentId, "Wanda");
        String spareChild = newChild(expertId, parentId, "Phoebe");
        admin.get("/api/admin/children?expert_id=" + expertId).expect(200);
        admin.putJson("/api/admin/children/" + childId, Map.of("last_name", "Perlstein")).expect(200);
        admin.post("/api/admin/children/" + spareChild + "/unlink").expect(200);
        admin.post("/api/admin/children/" + spareChild + "/deactivate").expect(200);
        admin.delete("/api/admin/children/" + spareChild).expect(200);

        // videos: a download from an allowed host, its frames, an upload, runs, playlists
        JsonNode downloaded = admin.postForm("/api/download", Map.of("url", site.url("/" + page + ".html")))
                .expect(200).json();
        assertThat(downloaded.path("success").asBoolean()).as(downloaded.toString()).isTrue();
        String videoId = downloaded.path("video_id").asString();
        JsonNode frames = admin.post("/api/frames/" + videoId).expect(200).json();
        admin.get("/api/admin/videos?include_without_frames=true").expect(200);
        admin.postJson("/api/admin/videos/assignments", Map.of("video_id", videoId, "expert_id", expertId)).expect(200);
        admin.get("/api/admin/videos/assignments").expect(200);

        String uploadedId = admin.postMultipart("/api/admin/videos/upload", Map.of("title", "Pig and bunny",
                        "ingest", "false"), "file", "clip.mp4", Files.readAllBytes(VideoFixtures.media().mp4()), "video/mp4")
                .expect(200).json().path("video_id").asString();
        long run = admin.postJson("/api/admin/jobs", Map.of("type", "ingestVideo", "video_id", uploadedId,
                "interval_seconds", 30)).expect(202).json().path("execution_id").asLong();
        awaitEnd(admin, run);
        admin.post("/api/admin/jobs/" + run + "/restart").expect(409);
        admin.post("/api/admin/jobs/" + run + "/stop").expect(409);
        admin.post("/api/admin/jobs/" + run + "/abandon");
        admin.post("/api/admin/jobs/recover").expect(200);
        admin.get("/api/ops/executions?video_id=" + uploadedId).expect(200);
        admin.get("/api/ops/executions/" + run).expect(200);
        firstServerSentEvent(admin);

        long playlist = admin.postJson("/api/admin/playlists", Map.of("url", site.url("/" + page + ".html"),
                "cron", "0 0 3 * * ?")).expect(201).json().path("playlist").path("playlist_id").asLong();
        admin.get("/api/admin/playlists").expect(200);
        admin.post("/api/admin/playlists/" + playlist + "/pause").expect(200);
        admin.post("/api/admin/playlists/" + playlist + "/resume").expect(200);
        long playlistRun = admin.post("/api/admin/playlists/" + playlist + "/fire").expect(202).json()
                .path("execution_id").asLong();
        awaitEnd(admin, playlistRun);
        admin.get("/api/ops/executions/" + playlistRun).expect(200);
        admin.post("/api/admin/jobs/" + playlistRun + "/retry-failed").expect(202);
        admin.delete("/api/admin/playlists/" + playlist).expect(200);

        String fileUrl = admin.postJson("/api/submit-questions", Map.of("video_id", videoId, "questions", List.of(
                Map.of("start", 0, "end", 4, "result", Map.of("generator", "offline-opennlp", "questions", Map.of(
                        "character", Map.of("q", "Who jumps over the fence?", "a", "the pig", "rank", 1),
                        "action", Map.of("q", "What does the bunny eat?", "a", "a carrot", "rank", 2)))))))
                .expect(200).json().path("file_url").asString();
        admin.get(fileUrl).expect(200);
        admin.get("/api/reports/child/" + childId).expect(200);

        // the expert: families, videos, review and publishing
        ApiClient expert = as("expert");
        expert.postJson("/api/expert/login", Map.of("expert_id", expertId, "password", expertPassword)).expect(200);
        anonymous().postJson("/api/expert/login", Map.of("access_code", expertPassword)).expect(200);
        expert.get("/api/expert/access-code").expect(200);
        expert.get("/api/expert/parents").expect(200);
        expert.get("/api/expert/parents/" + parentId + "/children").expect(200);
        familyCode = "fam-" + unique();
        expert.putJson("/api/expert/parents/" + parentId + "/login-code", Map.of("login_code", familyCode))
                .expect(200);
        expert.putJson("/api/expert/my-login-code", Map.of("login_code", "own-" + unique())).expect(200);
        String classCode = "class-" + unique();
        expert.putJson("/api/expert/class-code", Map.of("class_code", classCode)).expect(200);
        as("learner").postJson("/api/learners/parents/login", Map.of("access_code", classCode)).expect(200);
        expert.delete("/api/expert/class-code").expect(200);
        expert.get("/api/learners/experts/" + expertId + "/children").expect(200);
        expert.get("/api/expert/videos").expect(200);
        expert.get("/api/expert/videos/available").expect(200);
        expert.post("/api/expert/videos/" + uploadedId + "/claim").expect(200);
        expert.delete("/api/expert/videos/" + uploadedId + "/unclaim").expect(200);
        expert.get("/api/videos-list").expect(200);
        expert.get("/api/expert-questions/" + videoId).expect(200);
        expert.get("/api/expert/video/" + videoId + "/final-questions").expect(200);
        expert.postJson("/api/expert-questions", Map.of("videoId", videoId, "segmentStart", 0, "segmentEnd", 4,
                "questionType", "setting", "question", "Where is the fence?", "answer", "in the garden")).expect(200);
        expert.postJson("/api/expert-annotations", Map.of("mode", "create", "video_id", videoId, "start", 0,
                "end", 4, "question_type", "character", "question", "Who eats a carrot?", "answer", "the bunny"))
                .expect(200);
        expert.postJson("/api/expert/video/" + videoId + "/persona-variants", Map.of("generate", true)).expect(200);
        expert.get("/api/expert/video/" + videoId + "/persona-variants").expect(200);
        expert.postJson("/api/expert/questions/persona-variants", Map.of("questions",
                Map.of("character", Map.of("q", "Who jumps over the fence?", "a", "the pig")))).expect(200);
        expert.postJson("/api/expert/video/" + videoId + "/regenerate-question", Map.of("question_type", "action",
                "segmentIndex", 0)).expect(200);
        expert.postJson("/api/expert/video/" + videoId + "/update-questions", Map.of("publish", true)).expect(200);
        expert.postJson("/api/save-final-questions", Map.of("videoId", videoId, "data", Map.of("segments",
                List.of(Map.of("start", 0, "end", 4, "comment", "Good for five-year-olds"))))).expect(200);
        expert.get("/api/expert/video/" + videoId + "/decisions").expect(200);
        expert.get("/api/expert/video/" + videoId + "/segment-material?start=0&end=1").expect(200);
        expert.get("/api/expert/video/" + videoId + "/answer-stats").expect(200);
        expert.get("/expert/edit/" + videoId).expect(200);
        expert.get("/api/expert/report?child_id=" + childId + "&mode=all").expect(200);
        expert.get("/downloads/" + frames.path("files").get(0).asString().substring("/downloads/".length()))
                .expect(200);

        // the child's device: the family code, videos, the player, grading, speech, the attempt, the report
        ApiClient device = as("learner");
        device.postJson("/api/learners/parents/login", Map.of("access_code", familyCode)).expect(200);
        device.get("/api/learners/children").expect(200);
        device.get("/api/learners/children/" + childId + "/videos").expect(200);
        device.get("/api/kids_videos").expect(200);
        device.get("/api/final-questions/" + videoId + "?companion=pig").expect(200);
        JsonNode player = device.get("/api/play/" + videoId + "?child_id=" + childId + "&companion=bunny")
                .expect(200).json();
        device.get("/api/play/" + videoId + "/captions.vtt").expect(200);
        long questionId = player.path("questions").get(0).path("question_id").asLong();
        JsonNode grade = device.postJson("/api/check_answer", Map.of("question_id", questionId, "user", "the pig"))
                .expect(200).json();
        device.postMultipart("/api/transcribe", Map.of(), "file", "answer.wav",
                SpeechFixtures.spokenWav(SpeechFixtures.RECOGNISED_PHRASE), "audio/wav").expect(200);
        device.postJson("/api/tts", Map.of("text", "Who jumps over the fence?")).expect(200);
        device.postJson("/api/save-quiz-score", Map.of("child_id", childId, "video_id", videoId, "watch_minutes", 0.1,
                "details", List.of(Map.of("question", player.path("questions").get(0).path("question").asString(),
                        "userAnswer", "the pig", "status", grade.path("status").asString(),
                        "similarity", grade.path("similarity").asDouble())))).expect(200);
        device.get("/api/get-quiz-scores/" + childId).expect(200);
        device.get("/api/learners/children/" + childId + "/report").expect(200);
        device.getWithHeader("/downloads/" + videoId + "/source.mp4", "Range", "bytes=0-99").expect(206);
        admin.get("/downloads/" + uploadedId + "/" + speechFile(uploadedId)).expect(200);

        // the parents' page
        ApiClient parent = as("parent");
        parent.postJson("/api/parents/login", Map.of("parent_id", parentId, "password", parentPassword)).expect(200);
        parent.get("/api/parents/children").expect(200);
        parent.get("/api/parents/children/" + childId + "/export?format=json").expect(200);
        parent.putJson("/api/learners/children/" + childId + "/interaction-mode", Map.of("interaction_mode",
                "flexible")).expect(200);
        parent.delete("/api/parents/children/" + erasedChild + "/attempts").expect(200);
        parent.delete("/api/parents/children/" + erasedChild).expect(200);
        parent.post("/api/parents/logout").expect(200);
        expert.post("/api/expert/logout").expect(200);
        anonymous().get("/api/config").expect(200);
    }

    /** A client whose exchanges are checked against the roles the document names. */
    private ApiClient as(String role) {
        return new ApiClient(port).observedBy(exchanges.as(role));
    }

    /** A spoken line the ingest stored ({@code tts/<companion>/<segment>-<type>.mp3}), relative to the video. */
    private String speechFile(String videoId) {
        String prefix = MediaKeys.prefix(videoId);
        return store.list(prefix + "tts/").stream().map(StoredObject::key).map(key -> key.substring(prefix.length()))
                .filter(key -> key.split("/").length == 3).findFirst()
                .orElseThrow(() -> new AssertionError("the ingest stored no speech for " + videoId));
    }

    /** The event stream never ends: its status, type and first event are what is checked. */
    private void firstServerSentEvent(ApiClient admin) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/ops/events"))
                .header("Cookie", "SESSION=" + admin.sessionId()).header("X-Forwarded-For", admin.address()).GET()
                .build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofInputStream());
        String first;
        try (InputStream events = response.body()) {
            byte[] chunk = new byte[256];
            first = new String(chunk, 0, Math.max(0, events.read(chunk)), StandardCharsets.UTF_8);
        }
        assertThat(first).contains("ready");
        exchanges.record(new DocumentedExchanges.Exchange("admin", "GET", "/api/ops/events", null,
                Map.of("Cookie", List.of("SESSION=" + admin.sessionId())), null, response.statusCode(),
                response.headers().map(), first));
    }

    private static void awaitEnd(ApiClient admin, long execution) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            String status = admin.get("/api/admin/jobs/" + execution).expect(200).json().path("status").asString();
            if (!status.equals("STARTING") && !status.equals("STARTED") && !status.equals("STOPPING")) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("run " + execution + " did not end in 3 minutes");
    }

    private String document() {
        return new ApiClient(port).get("/v3/api-docs").expect(200).body();
    }

    private static DocumentedExchanges.Exchange withBody(DocumentedExchanges.Exchange exchange, String body) {
        return new DocumentedExchanges.Exchange(exchange.role(), exchange.method(), exchange.path(), exchange.query(),
                exchange.requestHeaders(), exchange.requestBody(), exchange.status(),
                new LinkedHashMap<>(exchange.responseHeaders()), body);
    }

    private static String abbreviated(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
