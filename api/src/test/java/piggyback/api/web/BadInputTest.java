package piggyback.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import piggyback.api.ApiClient;
import piggyback.api.ApiTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Input the API cannot use is a clear 4xx in the route's envelope
 * (docs/api-contract.md#conventions), never a 500, and never writes anything.
 */
class BadInputTest extends ApiTest {

    private static final List<String> ACCOUNT_TABLES = List.of("experts", "parents", "children", "access_codes");

    private ApiClient admin;
    private Map<String, Integer> rowsBefore;

    @BeforeEach
    void signInAndCountRows() {
        admin = admin();
        rowsBefore = rowCounts();
    }

    @Test
    void malformedJsonIs422WithAMessage() {
        ApiClient.Reply reply = admin.postJson("/api/admin/experts", "{not json").expect(422);

        JsonNode body = reply.json();
        // an admin route: FastAPI's {"detail": [items]}
        assertThat(body.has("message")).isFalse();
        assertThat(body.path("detail").get(0).path("msg").asString()).isEqualTo("Request body must be a JSON object");
        assertThat(body.path("detail").isArray()).isTrue();
        assertThat(body.path("detail").get(0).path("loc").toString()).isEqualTo("[\"body\"]");
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at piggyback");
        assertNothingWritten();
    }

    @Test
    void aJsonArrayBodyIs422() {
        JsonNode body = admin.postJson("/api/admin/experts", "[{\"expert_id\": \"exp_array\"}]").expect(422).json();

        assertThat(body.path("detail").get(0).path("msg").asString()).isEqualTo("Request body must be a JSON object");
        assertNothingWritten();
    }

    @Test
    void aJsonScalarBodyIs422() {
        admin.postJson("/api/admin/children", "\"just a string\"").expect(422);
        admin.putJson("/api/admin/parents/par_whoever", "42").expect(422);

        assertNothingWritten();
    }

    @Test
    void anEmptyBodyIs422() {
        JsonNode body = admin.postJson("/api/admin/experts", "").expect(422).json();
        admin.post("/api/admin/children").expect(422);

        assertThat(body.path("detail").get(0).path("msg").asString()).isEqualTo("Request body must be a JSON object");
        assertNothingWritten();
    }

    @Test
    void aTextPlainBodyIs415InTheAdminEnvelope() throws Exception {
        String json = JsonMapper.builder().build().writeValueAsString(Map.of("expert_id", "exp_" + unique(),
                "display_name", "Plain", "password", "pw-" + unique()));

        HttpResponse<String> response = sendAsAdmin("POST", "/api/admin/experts", "text/plain", json);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(415);
        JsonNode body = JsonMapper.builder().build().readTree(response.body());
        assertThat(body.path("detail").asString()).startsWith("Unsupported content type");
        assertNothingWritten();
    }

    @Test
    void aFormBodyOnAJsonRouteIs415() {
        ApiClient.Reply reply = admin.postForm("/api/admin/parents", Map.of("parent_id", "par_" + unique(),
                "display_name", "Form")).expect(415);

        assertThat(reply.json().path("detail").asString()).startsWith("Unsupported content type");
        assertNothingWritten();
    }

    @Test
    void verifyPasswordWithoutThePasswordFieldIs422WithAPydanticLikeDetail() {
        JsonNode body = anonymous().postForm("/api/verify-password", Map.of("user_type", "admin")).expect(422).json();

        JsonNode item = body.path("detail").get(0);
        assertThat(item.path("loc").toString()).isEqualTo("[\"body\",\"password\"]");
        assertThat(item.path("type").asString()).isEqualTo("missing");
        assertThat(item.path("msg").asString()).isEqualTo("Field required");
        assertThat(body.path("message").asString()).isEqualTo("password is required");
    }

    @Test
    void verifyPasswordWithoutTheUserTypeFieldIs422() {
        JsonNode body = anonymous().postForm("/api/verify-password", Map.of("password", "whatever")).expect(422).json();

        assertThat(body.path("detail").get(0).path("loc").toString()).isEqualTo("[\"body\",\"user_type\"]");
    }

    @Test
    void aWrongAdminPasswordOnVerifyPasswordStays200_A3() {
        JsonNode body = anonymous().postForm("/api/verify-password", Map.of("user_type", "admin",
                "password", "wrongpassword")).expect(200).json();

        assertThat(body.path("success").asBoolean()).isFalse();
        assertThat(body.path("message").asString()).isEqualTo("Invalid password");
    }

    @Test
    void anUnknownAdminRouteIs404ForTheAdmin() {
        JsonNode body = admin.get("/api/admin/no-such-thing").expect(404).json();
        admin.postJson("/api/admin/no-such-thing", Map.of("a", 1)).expect(404);

        assertThat(body.path("detail").asString()).isEqualTo("Not Found");
        assertNothingWritten();
    }

    @Test
    void anUnknownAdminRouteIs401WithoutASession() {
        JsonNode body = anonymous().get("/api/admin/no-such-thing").expect(401).json();

        assertThat(body.path("detail").asString()).isEqualTo("Admin login required");
    }

    @Test
    void aWrongMethodIs405() {
        JsonNode body = admin.delete("/api/admin/experts").expect(405).json();

        assertThat(body.path("detail").asString()).isEqualTo("Method DELETE is not allowed here");
        assertNothingWritten();
    }

    @Test
    void anOverlongDisplayNameIs400() {
        JsonNode expert = admin.postJson("/api/admin/experts", Map.of("expert_id", "exp_" + unique(),
                "display_name", "D".repeat(101), "password", "pw-" + unique())).expect(400).json();
        JsonNode parent = admin.postJson("/api/admin/parents", Map.of("parent_id", "par_" + unique(),
                "display_name", "D".repeat(101))).expect(400).json();

        assertThat(expert.path("detail").asString()).isEqualTo("display_name must be at most 100 characters");
        assertThat(parent.path("detail").asString()).isEqualTo("display_name must be at most 100 characters");
        assertNothingWritten();
    }

    @Test
    void anOverlongFieldIsRefusedBeforeItIsUsed() {
        JsonNode body = admin.postJson("/api/admin/experts", Map.of("expert_id", "e".repeat(5000),
                "display_name", "Name", "password", "pw-" + unique())).expect(400).json();

        assertThat(body.path("detail").asString()).isEqualTo("expert_id must be at most 200 characters");
        assertNothingWritten();
    }

    @Test
    void aNonStringFieldIs400() {
        JsonNode body = admin.postJson("/api/admin/experts", "{\"expert_id\": [\"exp_list\"], \"display_name\": \"N\","
                + " \"password\": \"pw-123456\"}").expect(400).json();

        assertThat(body.path("detail").asString()).isEqualTo("expert_id must be a string");
        assertNothingWritten();
    }

    @Test
    void aFieldNamedTwiceIs422AndNeitherValueIsUsed() {
        String first = "exp_" + unique();
        String second = "exp_" + unique();

        JsonNode body = admin.postJson("/api/admin/experts", "{\"expert_id\": \"" + first + "\", \"expert_id\": \""
                + second + "\", \"display_name\": \"Dup\", \"password\": \"pw-123456\"}").expect(422).json();

        assertThat(body.path("detail").get(0).path("type").asString()).isEqualTo("json_invalid");
        assertNothingWritten();
    }

    @Test
    void aNumberWhereTextIsExpectedIs400() {
        JsonNode body = admin.postJson("/api/admin/experts", "{\"expert_id\": 123, \"display_name\": \"N\","
                + " \"password\": \"pw-123456\"}").expect(400).json();
        JsonNode flag = admin.postJson("/api/admin/parents", "{\"parent_id\": \"par_" + unique()
                + "\", \"display_name\": true}").expect(400).json();

        assertThat(body.path("detail").asString()).isEqualTo("expert_id must be a string");
        assertThat(flag.path("detail").asString()).isEqualTo("display_name must be a string");
        assertNothingWritten();
    }

    @Test
    void aControlCharacterInANameIs400() {
        JsonNode body = admin.postJson("/api/admin/experts", "{\"expert_id\": \"exp_" + unique()
                + "\", \"display_name\": \"E\\u0000<script>\", \"password\": \"pw-123456\"}").expect(400).json();
        JsonNode bell = admin.postJson("/api/admin/parents", Map.of("parent_id", "par_" + unique(),
                "display_name", "Bell\u0007")).expect(400).json();

        assertThat(body.path("detail").asString()).isEqualTo("display_name must not contain control characters");
        assertThat(bell.path("detail").asString()).isEqualTo("display_name must not contain control characters");
        assertNothingWritten();
    }

    @Test
    void aFieldNamedTwiceOnAnExpertRouteIs422InTheMessageEnvelope() {
        String password = "pw-" + unique();
        ApiClient expert = expert(newExpert(password), password);
        Map<String, Integer> before = rowCounts();

        JsonNode body = expert.putJson("/api/expert/parents/par_x/login-code",
                "{\"login_code\": \"code-one-1\", \"login_code\": \"code-two-2\"}").expect(422).json();

        assertThat(body.path("success").asBoolean()).isFalse();
        assertThat(body.path("message").asString()).isNotBlank();
        assertThat(body.path("detail").get(0).path("type").asString()).isEqualTo("json_invalid");
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void badInputOnAnExpertRouteUsesTheMessageEnvelope() {
        String password = "pw-" + unique();
        ApiClient expert = expert(newExpert(password), password);
        Map<String, Integer> before = rowCounts();

        JsonNode body = expert.putJson("/api/expert/parents/par_x/login-code", "{not json").expect(422).json();

        assertThat(body.path("success").asBoolean()).isFalse();
        assertThat(body.path("message").asString()).isEqualTo("Request body must be a JSON object");
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void aJsonBodyDeclaredLargerThanOneMegabyteIs413() {
        String huge = "{\"display_name\": \"" + "x".repeat(1024 * 1024) + "\"}";

        JsonNode body = admin.postJson("/api/admin/experts", huge).expect(413).json();

        assertThat(body.path("detail").asString()).isEqualTo("The request body is larger than 1 MB");
        assertNothingWritten();
    }

    @Test
    void aChunkedJsonBodyStopsBeingReadAtOneMegabyte() throws Exception {
        byte[] huge = ("{\"display_name\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/admin/experts"))
                .header("Content-Type", "application/json")
                .header("Cookie", "SESSION=" + admin.sessionId())
                .header("X-Forwarded-For", admin.address())
                // an input stream of unknown length is sent chunked, with no Content-Length
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge)))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertNothingWritten();
    }

    private void assertNothingWritten() {
        assertThat(rowCounts()).isEqualTo(rowsBefore);
    }

    private Map<String, Integer> rowCounts() {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        ACCOUNT_TABLES.forEach(table -> counts.put(table, count(table)));
        return counts;
    }

    /** A request ApiClient cannot make (any content type), on the admin client's session and address. */
    private HttpResponse<String> sendAsAdmin(String method, String path, String contentType, String body)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", contentType)
                .header("Cookie", "SESSION=" + admin.sessionId())
                .header("X-Forwarded-For", admin.address())
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
