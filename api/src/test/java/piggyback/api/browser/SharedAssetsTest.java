package piggyback.api.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shared page script: its DOM builder never turns data into markup. */
class SharedAssetsTest extends BrowserTest {

    @Test
    void textGivenToTheDomBuilderStaysText() {
        browser.go("/assets/blank.html");
        Object html = browser.script("""
                const node = h('p', {class: 'x', 'data-id': '<b>'}, '<img src=x onerror=alert(1)>', 7);
                document.body.append(node);
                return node.outerHTML;""");
        assertThat(html).isEqualTo(
                "<p class=\"x\" data-id=\"&lt;b&gt;\">&lt;img src=x onerror=alert(1)&gt;7</p>");
        assertThat(browser.all("img")).isEmpty();
    }

    @Test
    void apiRejectsWithTheStatusAndTheEnvelopesMessage() {
        browser.go("/assets/blank.html");
        Object refusal = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                api('GET', '/api/admin/experts')
                    .then(() => done('resolved'), (e) => done(e.status + ' ' + e.message));""");
        assertThat(refusal).isEqualTo("401 Admin login required");
    }
}
