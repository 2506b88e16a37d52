package piggyback.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import piggyback.api.ApiClient;
import piggyback.api.ApiTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's one envelope rule, over every operation of the OpenAPI document: each refusal a
 * route gives (no session, another role's session, an unreadable or empty body, a body over 1 MB,
 * an unknown id) is in its family's envelope, whichever layer refused it.
 */
class ErrorEnvelopesTest extends ApiTest {

    enum Family { DETAIL, MESSAGE, ERROR }

    private static final String OVER_ONE_MEGABYTE = "{\"pad\": \"" + "x".repeat(1_100_000) + "\"}";

    /** The rule as the README states it. */
    static Family familyOf(String path) {
        if (path.startsWith("/api/final-questions/") || path.equals("/api/transcribe")
                || path.equals("/api/learners/parents/login") || path.equals("/api/expert/my-login-code")) {
            return Family.ERROR;
        }
        if (path.equals("/api/admin/verify-access") || path.equals("/api/verify-password")) {
            return Family.MESSAGE;
        }
        boolean admin = path.startsWith("/api/admin/") || path.startsWith("/api/reports/") || path.startsWith("/api/ops/")
                || path.equals("/api/download") || path.startsWith("/api/frames/") || path.equals("/api/submit-questions");
        return admin || !path.startsWith("/api/") ? Family.DETAIL : Family.MESSAGE;
    }

    @TestFactory
    List<DynamicTest> everyRefusalOfEveryOperationIsInItsFamilysEnvelope() {
        String code = "fam-" + unique();
        String parentPassword = "parent-pw-" + unique();
        newParent(code, parentPassword);
        Map<String, Supplier<ApiClient>> sessions = new LinkedHashMap<>();
        sessions.put("no session", this::anonymous);
        sessions.put("learner", () -> learner(code));
        String expertPassword = "pw-" + unique();
        String expertId = newExpert(expertPassword);
        sessions.put("expert", () -> expert(expertId, expertPassword));
        sessions.put("admin", this::admin);
        Map<String, ApiClient> signedIn = new LinkedHashMap<>();
        sessions.forEach((name, session) -> signedIn.put(name, session.get()));

        JsonNode paths = anonymous().get("/v3/api-docs").expect(200).json().path("paths");
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            String concrete = path.getKey().replaceAll("\\{[^}]+}", "zz_unknown_1");
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String method = operation.getKey().toUpperCase();
                boolean jsonBody = operation.getValue().path("requestBody").path("content").has("application/json");
                for (Map.Entry<String, ApiClient> session : signedIn.entrySet()) {
                    List<String> bodies = new ArrayList<>(jsonBody ? List.of("[1]", "{}") : List.of());
                    if (jsonBody && List.of("admin", "learner").contains(session.getKey())) {
                        bodies.add(OVER_ONE_MEGABYTE);
                    }
                    if (bodies.isEmpty()) {
                        bodies.add(null);
                    }
                    for (String body : bodies) {
                        String label = session.getKey() + " → " + method + " " + path.getKey()
                                + (body == null ? "" : " " + (body.length() > 20 ? "(over 1 MB)" : body));
                        tests.add(DynamicTest.dynamicTest(label, () -> {
                            ApiClient.Reply reply = session.getValue().json(method, concrete, body);
                            if (reply.status() >= 400 && reply.status() < 500) {
                                assertEnvelope(path.getKey(), reply);
                            }
                        }));
                    }
                }
            }
        }
        return tests;
    }

    @Test
    void unknownPathsAnswerInTheFamilyOfWhereTheyAre() {
        for (String path : List.of("/api/admin/no-such-route", "/api/no-such-route", "/api/final-questions/x/y/z")) {
            assertEnvelope(path, admin().get(path));
        }
    }

    @Test
    void theRuleCoversTheRoutesTheIssueFoundInconsistent() {
        // a learner route: 400 and 401 in the same envelope
        assertEnvelope("/api/check_answer", learnerWithAFamily()
                .postJson("/api/check_answer", "{\"question_id\": \"seven\", \"user\": \"a fox\"}").expect(400));
        assertEnvelope("/api/check_answer", anonymous().postJson("/api/check_answer", "{}").expect(401));
        // the child login's 422 carries its error
        ApiClient.Reply childLogin = anonymous().postJson("/api/learners/parents/login", "[1]").expect(422);
        assertThat(childLogin.json().path("error").asString()).isNotBlank();
        // an admin route answers with detail
        assertThat(admin().get("/api/reports/child/12ab56").expect(400).json().path("detail").asString())
                .isEqualTo("child_id must be 6 digits");
    }

    private ApiClient learnerWithAFamily() {
        String code = "fam-" + unique();
        newParent(code);
        return learner(code);
    }

    private static void assertEnvelope(String path, ApiClient.Reply reply) {
        assertEnvelope(path, reply.status(), reply.body());
    }

    /** The body of a refusal on {@code path} is its family's envelope. */
    static void assertEnvelope(String path, int status, String text) {
        JsonNode body = JsonMapper.builder().build().readTree(text);
        String what = status + " " + path + ": " + text;
        Family family = familyOf(path);
        if (status == 422) {
            assertThat(body.path("detail").isArray()).as(what).isTrue();
        }
        switch (family) {
            case DETAIL -> {
                assertThat(body.has("success")).as(what).isFalse();
                assertThat(body.path("detail").isString() || status == 422 && body.path("detail").isArray())
                        .as(what).isTrue();
            }
            case MESSAGE -> {
                assertThat(body.path("success").isBoolean() && !body.path("success").asBoolean()).as(what).isTrue();
                assertThat(body.path("message").isString()).as(what).isTrue();
                assertThat(body.has("error")).as(what).isFalse();
                assertThat(body.path("detail").isMissingNode() || body.path("detail").isArray()).as(what).isTrue();
            }
            case ERROR -> {
                assertThat(body.path("success").isBoolean() && !body.path("success").asBoolean()).as(what).isTrue();
                assertThat(body.path("error").isString()).as(what).isTrue();
                assertThat(body.has("message")).as(what).isFalse();
            }
        }
    }
}
