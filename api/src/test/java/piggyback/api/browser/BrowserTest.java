package piggyback.api.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

import piggyback.api.ApiTest;

/**
 * A page test: the application as in {@link ApiTest}, plus a headless Chromium opened before
 * each test and closed after it. Screenshots go to {@code target/screenshots/<TestClass>/}.
 */
public abstract class BrowserTest extends ApiTest {

    protected Browser browser;

    /** Switches added to the standard headless ones (e.g. a fake microphone). */
    protected String[] chromiumSwitches() {
        return new String[0];
    }

    @BeforeEach
    void openBrowser(TestInfo test) {
        browser = Browser.open(port, getClass().getSimpleName(), chromiumSwitches());
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
