package piggyback.api.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core's audit of a page as it is (WCAG 2.0, 2.1 and 2.2, levels A and AA): the violations
 * whose impact is serious or critical, each with the elements it was found on. The script is
 * axe.min.js from Deque's Selenium jar, put into the page through WebDriver (the page's own
 * script policy does not apply to it).
 */
final class Accessibility {

    private static final String AXE = load();
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {
              runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']},
              resultTypes: ['violations'],
            }).then((result) => done(result.violations
                .filter((v) => v.impact === 'serious' || v.impact === 'critical')
                .map((v) => `${v.id} (${v.impact}): ${v.help}\\n  ` + v.nodes.map((n) => n.target.join(' ')
                    + (n.failureSummary ? ` — ${n.failureSummary.replace(/\\s+/g, ' ')}` : '')).join('\\n  '))),
              (error) => done([`axe could not run: ${error}`]));""";

    private Accessibility() {
    }

    /** The serious and critical violations on the driver's current page, described; empty when none. */
    @SuppressWarnings("unchecked")
    static List<String> problems(ChromeDriver driver) {
        // the audit is of the app's pages: an API address opened in the browser shows the browser's own viewer
        if (!"text/html".equals(driver.executeScript("return document.contentType"))) {
            return List.of();
        }
        driver.executeScript(AXE);
        return (List<String>) driver.executeAsyncScript(RUN);
    }

    private static String load() {
        try (InputStream in = Accessibility.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core)");
            }
            // axe installs itself as window.axe (WebDriver runs the script as a function body)
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
