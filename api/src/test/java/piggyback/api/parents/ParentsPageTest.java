package piggyback.api.parents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import piggyback.api.browser.BrowserTest;
import piggyback.storage.videos.Assignments;
import piggyback.storage.videos.Videos;

/**
 * The parents' page in Chromium: the family code that opens the child's player does not open it; the
 * parent's own password does, and the parent takes a copy of the child's data and erases the history
 * after confirming on the page.
 */
class ParentsPageTest extends BrowserTest {

    @Autowired
    private Videos videos;
    @Autowired
    private Assignments assignments;

    @Test
    void aParentSignsInWithItsPasswordExportsAndErasesTheHistoryAfterConfirming() {
        String code = "fam-" + unique();
        String password = "parent-pw-" + unique();
        String parentId = newParent(code, password);
        String expertId = newExpert("pw-" + unique());
        String childId = newChild(expertId, parentId, "Ada");
        String videoId = "v" + unique();
        videos.upsert(videoId, "youtube", null, "Owls at Night", null, 60.0);
        assignments.assign(videoId, expertId, "admin");
        learner(code).postJson("/api/save-quiz-score", Map.of("child_id", childId, "video_id", videoId,
                "score_data", Map.of("total", 1, "correct", 1, "wrong", 0, "percentage", 100, "total_retries", 0,
                        "avg_retries_per_question", 0, "details", List.of(Map.of("question", "Who hoots?",
                                "expectedAnswer", "the owl", "userAnswer", "an owl", "status", "correct"))))).expect(200);

        // the child's device, signed in with the family code, is shown the sign-in form here
        browser.go("/play");
        browser.type("#code", code).click("#login-form button[type=submit]");
        browser.visible("[data-child-id='" + childId + "']");
        browser.go("/parents");
        browser.visible("#parent-form");
        assertThat(browser.driver().findElement(org.openqa.selenium.By.id("dashboard")).isDisplayed()).isFalse();
        // the family code is not the parent's password
        browser.type("#parent-id", parentId).type("#parent-password", code).click("#parent-form button[type=submit]");
        browser.waitForText("#notice", "Invalid parent ID or password");
        browser.screenshot("1-family-code-refused");

        browser.driver().findElement(org.openqa.selenium.By.id("parent-password")).clear();
        browser.type("#parent-password", password).click("#parent-form button[type=submit]");
        String card = "[data-child-id='" + childId + "']";
        browser.waitForText(card + " tbody tr", "100%");
        assertThat(browser.visible("#retention").getText()).isEqualTo("365 days");
        browser.screenshot("2-signed-in");

        Object exported = browser.script("return fetch(document.querySelector(arguments[0]).href)"
                + ".then(r => r.json()).then(j => j.attempts.map(a => a.answers[0].child_answer).join())",
                card + " a.export-json");
        assertThat(exported).isEqualTo("an owl");
        Object csv = browser.script("return fetch(document.querySelector(arguments[0]).href).then(r => r.text())",
                card + " a.export-csv");
        assertThat(csv.toString()).startsWith("attempt_id,").contains("Who hoots?,the owl,an owl,correct");

        browser.click(card + " .erase-history");
        browser.waitForText(card + " .confirm", "This cannot be undone");
        browser.screenshot("3-confirm-erase");
        assertThat(browser.script("return document.activeElement.className")).isEqualTo("cancel");
        browser.click(card + " .confirm .cancel");
        assertThat(browser.all(card + " .confirm")).isEmpty();
        assertThat(attempts(childId)).isOne();

        browser.click(card + " .erase-history");
        browser.click(card + " .confirm .danger");
        browser.waitForText(card + " .data .notice", "Erased 1 quiz.");
        browser.waitForText(card + " .progress", "has not watched a video yet");
        browser.screenshot("4-history-erased");
        assertThat(attempts(childId)).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM children WHERE child_id = ?").param(childId)
                .query(Integer.class).single()).isOne();
    }

    private int attempts(String childId) {
        return jdbc.sql("SELECT COUNT(*) FROM quiz_attempts WHERE child_id = ?").param(childId)
                .query(Integer.class).single();
    }
}
