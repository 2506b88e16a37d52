package piggyback.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.TestPropertySource;

import piggyback.api.browser.BrowserTest;
import piggyback.batch.testing.FixtureSite;
import piggyback.batch.testing.VideoFixtures;
import piggyback.testing.FakeOpenAi;
import piggyback.testing.FakeOpenAi.Reply;
import piggyback.testing.TestInfrastructure;

/**
 * The operator dashboard in Chromium, with the OpenAI providers against the fake server: an
 * ingest of the test clip followed live to COMPLETED; then a run whose second segment the model
 * refuses and whose companions step fails, its failed segment and reason, and its restart.
 */
@TestPropertySource(properties = "piggyback.ai.provider=openai")
class JobDashboardTest extends BrowserTest {

    private static final Duration RUN = Duration.ofMinutes(3);
    private static final String QUESTIONS = """
            {"questions": {
              "character": {"q": "Who jumps?", "a": "the little pig", "rank": 1},
              "setting": {"q": "Where is the fence?", "a": "in the field", "rank": 2},
              "feeling": {"q": "How does the pig feel?", "a": "happy", "rank": 3},
              "action": {"q": "What does the pig do?", "a": "jumps", "rank": 4},
              "causal": {"q": "Why does it jump?", "a": "to get over", "rank": 5},
              "outcome": {"q": "What happens?", "a": "it lands", "rank": 6},
              "prediction": {"q": "What next?", "a": "the bunny eats", "rank": 7}
            }, "best_question": "Who jumps?"}""";
    private static final String COMPANIONS = """
            {"bunny": {"character": {"q": "Dear friend, who jumps?"}},
             "pig": {"character": {"q": "Ooh! WHO jumps?!"}},
             "alligator": {"character": {"q": "Who jumps? Answer."}}}""";

    private final FakeOpenAi openAi = TestInfrastructure.shared().openAi();
    private final AtomicBoolean failing = new AtomicBoolean();
    private final String name = "dash" + UUID.randomUUID().toString().substring(0, 8);
    private final FixtureSite site = VideoFixtures.site(name);
    private final FixtureSite secondSite = VideoFixtures.site(name + "b");

    @BeforeEach
    void fakeModels() {
        openAi.reset();
        // while failing: the model refuses every segment but the first (whose prompt carries "The
        // little pig jumps"), and the companions call is refused outright
        openAi.respond(FakeOpenAi.CHAT, request -> {
            String prompt = request.bodyText();
            if (prompt.contains("dear friend")) {
                return failing.get() ? Reply.error(400, "invalid_request_error", "The model is unavailable")
                        : Reply.chat(COMPANIONS);
            }
            return !failing.get() || prompt.contains("little pig") ? Reply.chat(QUESTIONS)
                    : Reply.chat("", "content_filter");
        });
        openAi.always(FakeOpenAi.SPEECH, Reply.bytes("audio/mpeg", new byte[] {(byte) 0xFF, (byte) 0xFB, 0, 0}));
    }

    @AfterEach
    void stopSites() {
        site.close();
        secondSite.close();
        openAi.reset();
    }

    @Test
    void anOperatorFollowsAnIngestAndRepairsAFailedRun() {
        browser.go("/ops/jobs");
        browser.type("#password", ADMIN_PASSWORD).click("#login button[type=submit]");
        browser.waitForText("#live", "live");

        long first = start(site.url("/" + name + ".html"));
        String row = "#runs tr[data-execution='" + first + "']";
        // the list row follows the run through the event stream, without a reload
        browser.waitForText(row + " .status", "COMPLETED", RUN);
        browser.waitForText("#detail-status", "COMPLETED", RUN);
        assertThat(browser.visible(row).getText()).contains(VideoFixtures.toolId(name), "3 / 3");
        assertThat(browser.visible("#segments tr[data-start='0']").getText()).contains("generated", "Who jumps?");
        browser.screenshot("completed");

        failing.set(true);
        long second = start(secondSite.url("/" + name + "b.html"));
        browser.waitForText("#detail-status", "FAILED", RUN);
        assertThat(browser.visible("#steps tr[data-step='companions']").getText()).contains("FAILED");
        assertThat(browser.visible("#steps tr[data-step='companions'] details.error summary").getText())
                .contains("Unable to process chunk", "Cause: ", "The model is unavailable");
        browser.waitForText("#segments tr[data-start='2'] .reason", "model_refusal");
        assertThat(browser.visible("#segments tr[data-start='2']").getText()).contains("failed");
        assertThat(browser.visible("#segments tr[data-start='0']").getText()).contains("generated");
        browser.script("document.getElementById('steps').scrollIntoView()");
        browser.screenshot("failed-segment");

        failing.set(false);
        browser.click("#action-restart").acceptDialog();
        browser.waitForText("#detail-notice", "Run " + second + " restarted as run");
        browser.waitForText("#detail-status", "COMPLETED", RUN);
        assertThat(browser.url()).doesNotEndWith("execution=" + second);
        browser.waitForText("#runs tr[data-execution='" + second + "'] .status", "FAILED");
        browser.screenshot("restarted");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'job.restart' AND target_id = ?")
                .param(Long.toString(second)).query(Integer.class).single()).isEqualTo(1);
    }

    /** Starts an ingest from the page (confirming it) and returns the run the page opened. */
    private long start(String address) {
        new Select(browser.visible("#start-kind")).selectByValue("ingestVideo");
        browser.type("#start-url", address).type("#start-interval", "2").click("#start-button").acceptDialog();
        browser.waitForText("#notice", "Started run");
        String text = browser.visible("#notice").getText();
        long execution = Long.parseLong(text.replaceAll("^Started run (\\d+).*$", "$1"));
        browser.waitForText("#detail-title", "Run " + execution);
        return execution;
    }
}
