package piggyback.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import piggyback.api.ApiClient;
import piggyback.api.ApiTest;

/**
 * Refusals made by Spring MVC, Spring Security's firewall and Tomcat itself, before or around our
 * own code, are JSON in the route's envelope with the security headers, whatever {@code Accept}
 * says (docs/decisions/0014-json-only-responses.md); {@code /error} is no route of its own.
 */
class FrameworkErrorsTest extends ApiTest {

    @Test
    void aClientAcceptingOnlyHtmlGetsItsRefusalInJson() {
        ApiClient admin = admin();

        assertJsonRefusal("/api/admin/experts", 406, admin.getWithHeader("/api/admin/experts", "Accept", "text/html"));
        assertJsonRefusal("/api/nonexistent", 404, admin.getWithHeader("/api/nonexistent", "Accept", "text/html"));
        assertJsonRefusal("/api/admin/jobs/abc", 400, admin.getWithHeader("/api/admin/jobs/abc", "Accept",
                "text/html"));
        assertJsonRefusal("/api/admin/experts", 405, admin.withHeaders("DELETE", "/api/admin/experts",
                Map.of("Accept", "text/html")));
    }

    @Test
    void aSuccessIsLabelledApplicationJsonWhicheverJsonTypeIsAskedFor() {
        ApiClient.Reply reply = anonymous().getWithHeader("/api/config", "Accept", "application/problem+json")
                .expect(200);

        assertThat(reply.header("Content-Type")).startsWith("application/json");
    }

    @Test
    void theErrorPathItselfIsNotFound() throws IOException {
        assertRawRefusal("/error", 404, RawHttp.send(port, "GET", "/error"));
        String code = "fam-" + unique();
        newParent(code);
        String password = "pw-" + unique();
        String expertId = newExpert(password);
        for (ApiClient session : List.of(anonymous(), learner(code), expert(expertId, password), admin())) {
            for (String method : List.of("GET", "POST", "PUT", "PATCH", "DELETE")) {
                assertJsonRefusal("/error", 404, session.json(method, "/error", null));
            }
        }
    }

    @Test
    void methodsTheServerRefusesAnswerInTheRoutesEnvelope() throws IOException {
        assertRawRefusal("/api/admin/experts", 405, RawHttp.send(port, "TRACE", "/api/admin/experts"));
        assertRawRefusal("/api/admin/experts", 400, RawHttp.send(port, "post", "/api/admin/experts",
                "Content-Length: 0"));
        assertRawRefusal("/api/expert/login", 400, RawHttp.send(port, "post", "/api/expert/login",
                "Content-Length: 0"));
    }

    @Test
    void pathsTomcatRefusesBeforeTheApplicationAreJsonWithTheSecurityHeaders() throws IOException {
        for (String path : List.of("/downloads/vid_a/..%2f..%2fvid_b%2fsource.mp4", "/downloads/vid_a/%00.mp4",
                "/downloads/vid_a/..%5c..%5cvid_b%5csource.mp4", "/downloads/vid_a/..\\vid_b\\source.mp4",
                "/api/learners/children/%00")) {
            RawHttp.Response reply = RawHttp.send(port, "GET", path);

            assertRawRefusal(path, 400, reply);
            assertThat(reply.header("Content-Security-Policy")).as(path).contains("default-src 'self'");
            assertThat(reply.header("Referrer-Policy")).as(path).isEqualTo("same-origin");
        }
    }

    @Test
    void pathsTheFirewallRefusesAreJsonAndDoNotEchoThePath() throws IOException {
        for (String path : List.of("/downloads/vid_a/source.mp4;x=1", "/downloads//vid_a/source.mp4",
                "/downloads/vid_a/%2e%2e/vid_b/source.mp4", "/api/learners//children")) {
            RawHttp.Response reply = RawHttp.send(port, "GET", path);

            assertRawRefusal(path, 400, reply);
            assertThat(reply.body()).as(path).doesNotContain("vid_").doesNotContain("children");
        }
    }

    private static void assertJsonRefusal(String path, int status, ApiClient.Reply reply) {
        reply.expect(status);
        assertThat(reply.header("Content-Type")).as(path).startsWith("application/json");
        assertThat(reply.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        ErrorEnvelopesTest.assertEnvelope(path, status, reply.body());
    }

    private static void assertRawRefusal(String path, int status, RawHttp.Response reply) {
        String what = path + ": " + reply;
        assertThat(reply.status()).as(what).isEqualTo(status);
        assertThat(reply.header("Content-Type")).as(what).startsWith("application/json");
        assertThat(reply.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
        ErrorEnvelopesTest.assertEnvelope(path, status, reply.body());
    }
}
