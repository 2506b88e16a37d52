package piggyback.api.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import com.sun.net.httpserver.HttpServer;

import piggyback.storage.videos.Assignments;
import piggyback.testing.QuestionSetRows;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The takeover the XML responses allowed, replayed in Chromium: a review segment holds a field
 * whose nested key is markup with a script (stored before field names were checked), and a page
 * on another origin sends a signed-in expert's browser to the API address that returns it. The
 * browser must get JSON, and no script from the stored data may run on any of the product's pages.
 */
class CrossSiteNavigationTest extends BrowserTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Assignments assignments;

    private HttpServer attacker;

    @AfterEach
    void stopAttacker() {
        if (attacker != null) {
            attacker.stop(0);
        }
    }

    @Test
    void anotherSiteSendingTheExpertToAnApiAddressGetsJsonAndRunsNothing() throws IOException {
        String password = "pw-" + unique();
        String expertId = newExpert(password);
        QuestionSetRows rows = new QuestionSetRows(jdbc);
        String videoId = rows.newVideo();
        rows.question(videoId, "draft", false, "Why was Bella sad?", "she lost her kite");
        assignments.assign(videoId, expertId, "admin");
        // the payload: mark the product's origin, then change the victim's login code
        String script = "localStorage.setItem('pwned','1');fetch('/api/expert/my-login-code',{method:'PUT',"
                + "headers:{'Content-Type':'application/json'},body:JSON.stringify({login_code:'stolen-code'})})";
        String markupKey = "x xmlns=\"http://www.w3.org/1999/xhtml\"><script>" + script + "</script><x";
        jdbc.sql("""
                INSERT INTO question_set_segment_fields (set_id, segment_index, name, value_json)
                SELECT set_id, 0, 'notes', ? FROM question_sets WHERE video_id = ?""")
                .params(JSON.writeValueAsString(Map.of(markupKey, 1)), videoId).update();
        String target = "/api/expert/video/" + videoId + "/final-questions";
        startAttacker("<!doctype html><title>Free stickers</title><script>location.href = 'http://127.0.0.1:"
                + port + target + "';</script>");

        browser.go("/expert/login");
        browser.type("#expert-id", expertId).type("#password", password).click("#sign-in");
        waitUntil(() -> browser.url().endsWith("/expert/"));
        browser.driver().get("http://127.0.0.1:" + attacker.getAddress().getPort() + "/");
        waitUntil(() -> browser.url().endsWith(target));
        browser.screenshot("api-address-from-another-site");

        assertThat(browser.script("return document.contentType")).isEqualTo("application/json");
        JsonNode shown = JSON.readTree((String) browser.script("return document.body.innerText"));
        assertThat(shown.path("success").asBoolean()).isTrue();
        assertThat(shown.path("segments").get(0).path("notes").has(markupKey)).isTrue();
        assertThat(browser.script("return document.getElementsByTagName('script').length")).isEqualTo(0L);

        browser.go("/expert/edit/" + videoId);
        // the page has rendered the segment (its question), stored field included
        waitUntil(() -> Boolean.TRUE.equals(browser.script("return document.body.innerText.includes(arguments[0])"
                + " || [...document.querySelectorAll('input, textarea')].some(f => f.value.includes(arguments[0]))",
                "Why was Bella sad?")));
        assertThat(browser.script("return localStorage.getItem('pwned')")).isNull();
        browser.screenshot("edit-page-with-stored-markup");
        anonymous().postJson("/api/expert/login", Map.of("access_code", "stolen-code")).expect(401);
        anonymous().postJson("/api/expert/login", Map.of("access_code", password)).expect(200);
    }

    private void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(driver -> condition.getAsBoolean());
    }

    private void startAttacker(String html) throws IOException {
        attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] page = html.getBytes(StandardCharsets.UTF_8);
        attacker.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        attacker.start();
    }
}
