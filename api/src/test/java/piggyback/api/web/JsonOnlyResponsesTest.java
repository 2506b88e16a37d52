package piggyback.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import piggyback.api.ApiClient;
import piggyback.api.ApiTest;

/**
 * The API answers JSON whatever the client asks for, and whatever is on the classpath (the tests'
 * classpath has jackson-dataformat-xml through S3Proxy, as the quick start's has): a browser sent
 * to an API address must never get markup it would run. Every response says nosniff; pages carry a
 * Content-Security-Policy without inline script.
 */
class JsonOnlyResponsesTest extends ApiTest {

    /** What Chromium sends when it navigates to an address. */
    static final String BROWSER_NAVIGATION = "text/html,application/xhtml+xml,application/xml;q=0.9,"
            + "image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";

    @Test
    void aBrowserNavigatingToAnApiAddressGetsJson() {
        String password = "pw-" + unique();
        ApiClient expert = expert(newExpert(password), password);

        ApiClient.Reply reply = expert.getWithHeader("/api/expert/access-code", "Accept", BROWSER_NAVIGATION)
                .expect(200);

        assertThat(reply.header("Content-Type")).startsWith("application/json");
        assertThat(reply.json().path("success").asBoolean()).isTrue();
    }

    @Test
    void askingForXmlOnlyIsRefusedOrAnsweredInJsonNeverInXml() {
        String password = "pw-" + unique();
        ApiClient expert = expert(newExpert(password), password);

        for (String accept : List.of("application/xml", "text/xml", "application/xhtml+xml",
                "application/x-jackson-smile", "application/cbor", "application/yaml")) {
            ApiClient.Reply reply = expert.getWithHeader("/api/expert/access-code", "Accept", accept);
            assertThat(reply.status()).as("Accept %s: %s", accept, reply.body()).isIn(200, 406);
            if (reply.status() == 200) {
                assertThat(reply.header("Content-Type")).as("Accept %s", accept).startsWith("application/json");
            }
            assertThat(reply.body()).as("Accept %s", accept).doesNotStartWith("<");
        }
    }

    @Test
    void refusalsAreJsonToo() {
        ApiClient.Reply anonymous = anonymous().getWithHeader("/api/expert/access-code", "Accept", "application/xml");
        ApiClient.Reply unknown = admin().getWithHeader("/api/admin/experts/nobody-" + unique(), "Accept",
                "application/xhtml+xml");

        for (ApiClient.Reply reply : List.of(anonymous, unknown)) {
            assertThat(reply.status()).isIn(401, 404, 405, 406);
            assertThat(reply.body()).doesNotStartWith("<");
            if (!reply.body().isEmpty()) {
                assertThat(reply.header("Content-Type")).startsWith("application/json");
            }
        }
    }

    @Test
    void everyResponseForbidsContentSniffing() {
        String password = "pw-" + unique();
        ApiClient expert = expert(newExpert(password), password);

        List<ApiClient.Reply> replies = List.of(anonymous().get("/api/config"), anonymous().get("/"),
                anonymous().get("/play/"), anonymous().get("/assets/piggyback.js"),
                anonymous().get("/api/kids_videos"), expert.get("/api/expert/access-code"),
                anonymous().get("/no/such/page"), anonymous().get("/actuator/health"));

        for (ApiClient.Reply reply : replies) {
            assertThat(reply.header("X-Content-Type-Options")).as("%s", reply).isEqualTo("nosniff");
        }
    }

    @Test
    void pagesCarryAPolicyThatAllowsNoInlineScript() {
        for (String page : List.of("/", "/play/", "/parents/", "/expert/login", "/admin/login", "/swagger-ui.html")) {
            ApiClient.Reply reply = anonymous().get(page);
            String policy = reply.header("Content-Security-Policy");
            assertThat(policy).as("policy of %s", page).isNotNull().contains("default-src 'self'")
                    .contains("object-src 'none'").contains("frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        }
    }
}
