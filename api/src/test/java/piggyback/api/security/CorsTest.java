package piggyback.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import piggyback.api.ApiClient;
import piggyback.api.ApiTest;

/**
 * A single-page app on an allowed origin ({@code piggyback.api.cors.allowed-origins}, here
 * {@code http://spa.test:5173}) calls the API with the session cookie: its preflight is answered,
 * its reads and writes carry the CORS headers and its writes pass the same-origin rule. Any other
 * origin gets no CORS answer and its writes stay refused.
 */
class CorsTest extends ApiTest {

    private static final String SPA = "http://spa.test:5173";
    private static final String OTHER = "http://evil.test:5173";

    @Test
    void theAllowedOriginsPreflightIsAnsweredWithCredentials() {
        ApiClient.Reply preflight = anonymous().withHeaders("OPTIONS", "/api/admin/experts", Map.of("Origin", SPA,
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type"));

        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(SPA);
        assertThat(preflight.header("Access-Control-Allow-Credentials")).isEqualTo("true");
        assertThat(preflight.header("Access-Control-Allow-Methods")).contains("POST", "PUT", "DELETE");
        assertThat(preflight.header("Access-Control-Allow-Headers")).containsIgnoringCase("content-type");
    }

    @Test
    void theAllowedOriginReadsAndWritesWithTheSessionCookie() {
        String expertId = newExpert("pw-" + unique());
        ApiClient admin = admin();

        ApiClient.Reply read = admin.withHeaders("GET", "/api/admin/experts", Map.of("Origin", SPA,
                "Sec-Fetch-Site", "cross-site"));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("Access-Control-Allow-Origin")).isEqualTo(SPA);
        assertThat(read.header("Access-Control-Allow-Credentials")).isEqualTo("true");

        ApiClient.Reply write = admin.postWithHeaders("/api/admin/experts/" + expertId + "/deactivate",
                Map.of("Origin", SPA, "Sec-Fetch-Site", "cross-site"), null, null);
        assertThat(write.status()).as(write.body()).isEqualTo(200);
        assertThat(write.header("Access-Control-Allow-Origin")).isEqualTo(SPA);
        assertThat(isActive(expertId)).isFalse();
    }

    @Test
    void anyOtherOriginGetsNoCorsAnswerAndItsWritesStayRefused() {
        String expertId = newExpert("pw-" + unique());
        ApiClient admin = admin();

        ApiClient.Reply preflight = anonymous().withHeaders("OPTIONS", "/api/admin/experts", Map.of("Origin", OTHER,
                "Access-Control-Request-Method", "POST"));
        // without Access-Control-Allow-Origin the browser fails the preflight and never sends the write
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
        assertThat(preflight.header("Access-Control-Allow-Credentials")).isNull();

        ApiClient.Reply read = admin.withHeaders("GET", "/api/admin/experts", Map.of("Origin", OTHER));
        assertThat(read.header("Access-Control-Allow-Origin")).isNull();
        assertThat(read.header("Access-Control-Allow-Credentials")).isNull();

        ApiClient.Reply write = admin.postWithHeaders("/api/admin/experts/" + expertId + "/deactivate",
                Map.of("Origin", OTHER, "Sec-Fetch-Site", "cross-site"), null, null);
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.json().path("detail").asString()).isEqualTo(SameOriginWrites.REFUSED);
        assertThat(write.header("Access-Control-Allow-Origin")).isNull();
        assertThat(isActive(expertId)).isTrue();
        // an origin that only starts like the allowed one is another origin
        admin.postWithHeaders("/api/admin/experts/" + expertId + "/deactivate",
                Map.of("Origin", SPA + "0"), null, null).expect(403);
        admin.postWithHeaders("/api/admin/experts/" + expertId + "/deactivate",
                Map.of("Origin", "https://spa.test:5173"), null, null).expect(403);
        assertThat(isActive(expertId)).isTrue();
    }

    @Test
    void onlyExactOriginsCanBeAllowed() {
        for (String notAnOrigin : List.of("*", "http://*.example.com", "https://app.example.com/path", "app.example.com",
                "ftp://app.example.com")) {
            assertThatThrownBy(() -> new AllowedOrigins(List.of(notAnOrigin))).as(notAnOrigin)
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining(notAnOrigin);
        }
        AllowedOrigins allowed = new AllowedOrigins(List.of(" HTTPS://App.Example.com:443 ", ""));
        assertThat(allowed.allowedOrigins()).containsExactly("https://app.example.com");
        assertThat(allowed.allows("https://app.example.com")).isTrue();
        assertThat(allowed.allows("https://app.example.com:8443")).isFalse();
        assertThat(allowed.allows("null")).isFalse();
        assertThat(allowed.allows(null)).isFalse();
    }

    private boolean isActive(String expertId) {
        return jdbc.sql("SELECT is_active FROM experts WHERE expert_id = ?").param(expertId).query(Boolean.class)
                .single();
    }
}
