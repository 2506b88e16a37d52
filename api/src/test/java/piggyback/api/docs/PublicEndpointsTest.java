package piggyback.api.docs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import piggyback.api.ApiTest;
import tools.jackson.databind.JsonNode;

/** What anyone may read: health, the quiz config and the API document. */
class PublicEndpointsTest extends ApiTest {

    @Test
    void healthIsUpWithoutASession() {
        assertThat(anonymous().get("/actuator/health").expect(200).json().path("status").asString()).isEqualTo("UP");
    }

    @Test
    void configCarriesThresholdsAndSkipPrevention() {
        JsonNode config = anonymous().get("/api/config").expect(200).json();

        assertThat(config.path("skip_prevention").isBoolean()).isTrue();
        assertThat(config.path("thresholds").path("rapidfuzz_correct").asDouble()).isEqualTo(0.75);
        assertThat(config.path("thresholds").path("rapidfuzz_wrong").asDouble()).isEqualTo(0.45);
        // the tests run the offline providers: no chat model is in use, and the page is told so
        assertThat(config.path("thresholds").path("use_ai").asBoolean()).isFalse();
        assertThat(config.path("thresholds").path("ai_provider").asString()).isEqualTo("offline");
        assertThat(config.path("thresholds").path("ai_model").isNull()).isTrue();
    }

    @Test
    void theOpenApiDocumentHasTheSeedsTagsAndSummaries() {
        JsonNode doc = anonymous().get("/v3/api-docs").expect(200).json();

        assertThat(doc.path("info").path("title").asString()).isEqualTo("Piggyback Learning API");
        assertThat(doc.path("tags").findValuesAsString("name")).contains("auth", "kids", "expert", "admin", "media");
        JsonNode login = doc.path("paths").path("/api/learners/parents/login").path("post");
        assertThat(login.path("summary").asString())
                .isEqualTo("Child login - enter parent access code and get linked child profiles");
        assertThat(login.path("tags").get(0).asString()).isEqualTo("auth");
        assertThat(doc.path("paths").path("/api/admin/children").path("post").path("summary").asString())
                .isEqualTo("Create a new child profile");
    }

    @Test
    void swaggerUiIsServedAndTheHomePageLeadsToItAndToEveryPage() {
        anonymous().get("/swagger-ui/index.html").expect(200);
        String home = anonymous().get("/").expect(200).body();
        assertThat(home).contains("href=\"/swagger-ui.html\"", "href=\"/play\"", "href=\"/parents\"",
                "href=\"/expert/\"", "href=\"/admin/\"", "href=\"/ops/jobs\"");
        for (String page : java.util.List.of("/play", "/parents", "/expert/login", "/admin/login")) {
            anonymous().get(page).expect(200);
        }
    }

    @Test
    void metricsAreForAdminsOnly() {
        anonymous().get("/actuator/prometheus").expect(401);
        assertThat(admin().get("/actuator/prometheus").expect(200).body()).contains("jvm_memory_used_bytes");
    }
}
