package piggyback.api.expert.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import piggyback.api.browser.BrowserTest;

/** The expert's page sets and clears the class code its classroom devices type, never showing it. */
class ExpertCodesPageTest extends BrowserTest {

    @Test
    void theExpertSetsAndClearsItsClassCodeOnItsPage() {
        String password = "pw-" + unique();
        String expertId = newExpert(password);
        String solo = newChild(expertId, null, "Solo");
        String classCode = "class-" + unique();

        browser.go("/expert/login");
        browser.type("#expert-id", expertId).type("#password", password).click("#sign-in");
        browser.waitForText("#class-code-state", "No class code yet.");
        assertThat(browser.visible("#class-code-form").getText())
                .contains("The code a classroom device types for your children who have no family code.");
        browser.type("#class-code", classCode).click("#class-code-form button[type=submit]");
        browser.waitForText("#class-code-state", "A class code is set.");
        browser.screenshot("01-class-code-set");

        assertThat(browser.visible("#class-code").getDomProperty("value")).isEmpty();
        assertThat(anonymous().postJson("/api/learners/parents/login", Map.of("access_code", classCode)).expect(200)
                .json().path("children").findValuesAsString("child_id")).containsExactly(solo);

        browser.click("#clear-class-code");
        browser.waitForText("#class-code-state", "No class code yet.");
        anonymous().postJson("/api/learners/parents/login", Map.of("access_code", classCode)).expect(401);
    }
}
