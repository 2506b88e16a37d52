package piggyback.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import piggyback.api.ApiClient;
import piggyback.api.ApiTest;
import tools.jackson.databind.JsonNode;

/**
 * A request that changes something is refused when a browser says it comes from another origin
 * (its {@code Origin}, or {@code Sec-Fetch-Site} when it sends no Origin): SameSite=Lax cookies
 * still go along with a form posted from another port of the same host. Requests from the
 * product's own pages, and from clients that are not browsers (no such header), go through.
 */
class CrossOriginRequestsTest extends ApiTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    @Test
    void aFormPostedFromAnotherOriginOfTheSameHostIsRefusedAndChangesNothing() {
        String expertId = newExpert("pw-" + unique());

        ApiClient.Reply reply = admin().postWithHeaders("/api/admin/experts/" + expertId + "/deactivate",
                Map.of("Origin", "http://127.0.0.1:19998", "Sec-Fetch-Site", "same-site"), FORM, "");

        assertThat(reply.status()).isEqualTo(403);
        JsonNode body = reply.json();
        assertThat(body.path("detail").asString()).isEqualTo("Cross-origin request refused");
        assertThat(isActive(expertId)).isTrue();
    }

    @Test
    void withoutAnOriginTheFetchMetadataDecides() {
        String expertId = newExpert("pw-" + unique());
        ApiClient admin = admin();

        admin.postWithHeaders("/api/admin/experts/" + expertId + "/deactivate", Map.of("Sec-Fetch-Site", "cross-site"),
                null, null).expect(403);
        admin.postWithHeaders("/api/admin/experts/" + expertId + "/deactivate", Map.of("Sec-Fetch-Site", "same-site"),
                null, null).expect(403);
        // "none" is the user's own navigation, which never sends a write: the page is not this origin's
        admin.postWithHeaders("/api/admin/experts/" + expertId + "/deactivate", Map.of("Sec-Fetch-Site", "none"),
                null, null).expect(403);
        assertThat(isActive(expertId)).isTrue();

        admin.postWithHeaders("/api/admin/experts/" + expertId + "/deactivate", Map.of("Sec-Fetch-Site",
                "same-origin"), null, null).expect(200);
        assertThat(isActive(expertId)).isFalse();
    }

    @Test
    void theProductsOwnPagesAndNonBrowserClientsGoThrough() {
        String first = newExpert("pw-" + unique());
        String second = newExpert("pw-" + unique());
        ApiClient admin = admin();

        admin.postWithHeaders("/api/admin/experts/" + first + "/deactivate",
                Map.of("Origin", "http://127.0.0.1:" + port, "Sec-Fetch-Site", "same-origin"), null, null).expect(200);
        admin.post("/api/admin/experts/" + second + "/deactivate").expect(200);

        assertThat(isActive(first)).isFalse();
        assertThat(isActive(second)).isFalse();
    }

    @Test
    void behindAProxyThatEndsTlsTheForwardedSchemeCounts() {
        String first = newExpert("pw-" + unique());
        ApiClient admin = admin();
        String deactivate = "/api/admin/experts/" + first + "/deactivate";

        admin.postWithHeaders(deactivate, Map.of("X-Forwarded-Proto", "https",
                "Origin", "http://127.0.0.1:" + port), null, null).expect(403);
        assertThat(isActive(first)).isTrue();
        admin.postWithHeaders(deactivate, Map.of("X-Forwarded-Proto", "https",
                "Origin", "https://127.0.0.1:" + port), null, null).expect(200);
        assertThat(isActive(first)).isFalse();
    }

    @Test
    void signInsAndSignOutsFromAnotherOriginAreRefusedInTheRoutesEnvelope() {
        String code = "code-" + unique();
        String parentId = newParent(code);
        newChild(newExpert("pw-" + unique()), parentId, "Kid");
        ApiClient device = learner(code);

        JsonNode login = anonymous().postWithHeaders("/api/learners/parents/login", Map.of("Origin", "null"),
                "application/json", "{\"access_code\":\"" + code + "\"}").expect(403).json();
        JsonNode logout = device.postWithHeaders("/api/expert/logout", Map.of("Origin", "https://evil.example"), null,
                null).expect(403).json();

        assertThat(login.path("error").asString()).isEqualTo("Cross-origin request refused");
        assertThat(logout.path("message").asString()).isEqualTo("Cross-origin request refused");
        device.get("/api/learners/children").expect(200);
    }

    @Test
    void readsFromAnotherOriginAreLeftToTheBrowsersSameOriginRule() {
        anonymous().getWithHeader("/api/config", "Origin", "http://127.0.0.1:19998").expect(200);
    }

    private boolean isActive(String expertId) {
        return jdbc.sql("SELECT is_active FROM experts WHERE expert_id = ?").param(expertId).query(Boolean.class)
                .single();
    }
}
