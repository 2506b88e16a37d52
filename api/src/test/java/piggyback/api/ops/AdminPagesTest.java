package piggyback.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import piggyback.api.browser.BrowserTest;
import piggyback.storage.media.MediaStore;
import piggyback.storage.videos.MediaKeys;

/** The admin console in Chromium: sign in, create an expert and a child, assign a video (its thumbnail shown). */
class AdminPagesTest extends BrowserTest {

    @Autowired
    MediaStore store;

    @Test
    void anAdminCreatesAnExpertAndAChildAndAssignsAVideo() {
        String expertId = "exp_" + unique();
        String videoId = "vid" + unique();
        // a title with markup, which the page must show as text
        jdbc.sql("""
                INSERT INTO videos (video_id, source_kind, title, duration_seconds, status, created_at, updated_at)
                VALUES (?, 'upload', '<img src=x onerror=alert(1)> Picnic', 62, 'ready', UTC_TIMESTAMP(), UTC_TIMESTAMP())""")
                .param(videoId).update();
        store.put(MediaKeys.thumbnail(videoId), thumbnailJpeg(), "image/jpeg");

        browser.go("/admin/");
        assertThat(browser.url()).endsWith("/admin/login?next=%2Fadmin%2F");
        browser.type("#password", "wrong-password").click("#login button[type=submit]");
        browser.waitForText("#notice", "Invalid access code");
        browser.screenshot("sign-in-refused");
        browser.type("#password", ADMIN_PASSWORD).click("#login button[type=submit]");
        browser.visible("#experts:not([aria-busy]) #expert-form");
        assertThat(browser.url()).contains("/admin/#");

        browser.type("#expert-id", expertId).type("#expert-name", "Dr <b>Ada</b>").type("#expert-password", "pw-" + unique())
                .click("#expert-form button[type=submit]");
        browser.waitForText("#notice", "Expert " + expertId + " created.");
        browser.screenshot("expert-created");
        assertThat(browser.visible("tr[data-expert='" + expertId + "'] input").getAttribute("value"))
                .isEqualTo("Dr <b>Ada</b>");

        browser.click("#tab-children");
        browser.visible("#children:not([aria-busy]) #child-form");
        new Select(browser.visible("#child-expert")).selectByValue(expertId);
        browser.click("#child-form button[type=submit]");
        // the API's validation message, next to the field it names
        browser.waitForText(".field-error[data-for='first_name']", "first_name is required");
        assertThat(browser.visible("#child-first").getAttribute("aria-invalid")).isEqualTo("true");
        browser.type("#child-first", "Mia").type("#child-last", "Rose").click("#child-form button[type=submit]");
        browser.waitForText("#notice", "Mia created");
        browser.screenshot("child-created");
        String childId = jdbc.sql("SELECT child_id FROM children WHERE expert_id = ?").param(expertId)
                .query(String.class).single();
        assertThat(browser.visible("tr[data-child='" + childId + "'] td").getText()).isEqualTo(childId);
        assertThat(browser.all(".field-error[data-for='first_name']").get(0).getText()).isEmpty();

        browser.click("#tab-videos");
        browser.visible("#videos:not([aria-busy])");
        String row = "tr[data-video='" + videoId + "']";
        browser.waitForText(row, "<img src=x onerror=alert(1)> Picnic");
        // the stored thumbnail shows; the title's markup stays text
        browser.loadedImage(row + " img.thumbnail");
        assertThat(browser.all("#video-rows img:not(.thumbnail)")).isEmpty();
        new Select(browser.visible(row + " select")).selectByValue(expertId);
        browser.click(row + " .actions button");
        browser.waitForText(row + " .chip", "Dr <b>Ada</b>");
        browser.screenshot("videos-assigned");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM video_expert_assignments WHERE video_id = ? AND expert_id = ?")
                .params(videoId, expertId).query(Integer.class).single()).isEqualTo(1);

        browser.click("#tab-experts");
        browser.visible("#experts:not([aria-busy])");
        browser.click("tr[data-expert='" + expertId + "'] button.danger");
        browser.acceptDialog();
        browser.waitForText("#notice", "Expert " + expertId + " deleted.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM experts WHERE expert_id = ?").param(expertId)
                .query(Integer.class).single()).isZero();
    }
}
