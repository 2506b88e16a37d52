package piggyback.api.expert.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import piggyback.api.browser.BrowserTest;
import piggyback.api.kids.StoredVideos;
import piggyback.storage.companions.CompanionVariant;
import piggyback.storage.companions.CompanionVariants;
import piggyback.storage.media.MediaStore;
import piggyback.storage.segments.GeneratedQuestion;
import piggyback.storage.segments.GeneratedSegment;
import piggyback.storage.segments.GeneratedSegments;
import piggyback.storage.videos.Assignments;
import piggyback.storage.videos.MediaKeys;
import tools.jackson.databind.JsonNode;

/**
 * The expert edit page in headless Chromium: sign in, open a video from the list, edit and rank a
 * question, choose and reword the pig's winner, publish, reload; then a child with the pig is
 * served the edited wording, and a winner changed afterwards shows as not yet published. Text with markup in it stays text.
 */
class ExpertEditPageTest extends BrowserTest {

    private static final String MARKUP = "<img src=x onerror=\"window.pwned=1\"> Who <b>hid</b>?";
    private static final String SEGMENT = "section.segment[data-index=\"0\"] ";
    private static final String CHARACTER = SEGMENT + ".ai-question[data-type=\"character\"] ";
    private static final String PIG = SEGMENT + ".companion[data-companion=\"pig\"] ";

    @Autowired
    GeneratedSegments generatedSegments;
    @Autowired
    CompanionVariants companionVariants;
    @Autowired
    Assignments assignments;
    @Autowired
    MediaStore store;

    @Test
    void anExpertEditsChoosesThePigsWinnerAndPublishesForChildren() {
        String password = "pw-" + unique();
        String expertId = newExpert(password);
        String parentCode = "fam-" + unique();
        newChild(expertId, newParent(parentCode), "Mia");
        StoredVideos videos = new StoredVideos(jdbc, assignments);
        String videoId = videos.downloaded("Pip's <i>picnic</i>", null, 120.0);
        videos.assign(videoId, expertId);
        store.put(MediaKeys.thumbnail(videoId), thumbnailJpeg(), "image/jpeg");
        generatedSegments.replaceAll(videoId, List.of(
                new GeneratedSegment(0, 59, GeneratedSegment.GENERATED, "offline", "What did Pip do?", null, null, 1,
                        List.of(new GeneratedQuestion("action", "What did Pip do?", "ran home", 1),
                                new GeneratedQuestion("character", "Who was happy?", "Pip", 2))),
                new GeneratedSegment(60, 119, GeneratedSegment.GENERATED, "offline", MARKUP, null, null, 1,
                        List.of(new GeneratedQuestion("character", MARKUP, "<b>Bella</b>", 1)))));
        companionVariants.upsert(videoId, List.of(
                new CompanionVariant(0, "character", "pig", "Wow! WHO was happy?!", "Pip", "t"),
                new CompanionVariant(0, "action", "pig", "Ooh! What did Pip DO?!", "ran home", "t"),
                new CompanionVariant(60, "character", "pig", MARKUP, "<b>Bella</b>", "t")));

        browser.go("/expert/edit/" + videoId);
        browser.visible("#sign-in-form");
        assertThat(browser.url()).contains("/expert/login?next=");
        browser.screenshot("01-sign-in");
        browser.type("#expert-id", expertId).type("#password", password).click("#sign-in");
        browser.waitForText("#set-status", "Working on version 1");
        browser.go("/expert/");
        browser.waitForText("#my-videos", "Pip's <i>picnic</i>");
        browser.loadedImage("tr[data-video=\"" + videoId + "\"] img.thumbnail");
        browser.screenshot("02-my-videos");
        browser.click("tr[data-video=\"" + videoId + "\"] a.edit-link");
        browser.waitForText("#set-status", "Working on version 1 (draft)");
        browser.waitForText("#video-title", "Pip's <i>picnic</i>");
        browser.screenshot("03-edit-page");
        assertThat(browser.visible("#segments").getText()).doesNotContain("null", "undefined");

        // text from models and videos is shown as text, never as markup
        browser.click("#segment-list li[data-position=\"1\"] button");
        WebElement markupQuestion = browser.visible("section.segment[data-index=\"1\"] .ai-question textarea.question");
        assertThat(markupQuestion.getDomProperty("value")).isEqualTo(MARKUP);
        assertThat(browser.all("#segments img, #segments b, #segments i, #video-title *")).isEmpty();
        assertThat(browser.script("return window.pwned === undefined")).isEqualTo(true);
        browser.click("#segment-list li[data-position=\"0\"] button");
        browser.click(SEGMENT + "details.companions-box summary");

        browser.type(CHARACTER + "textarea.question", "Who felt happy at the picnic?");
        new Select(browser.visible(CHARACTER + "select.rank")).selectByValue("1");
        browser.click(SEGMENT + ".ai-question[data-type=\"action\"] button.trash");
        browser.type(PIG + "textarea.line-question[data-type=\"character\"]", "Ooh! WHO felt HAPPY at the picnic?!");
        browser.click(PIG + "input[type=radio][value=\"character\"]");
        browser.screenshot("04-edited");
        assertThat(unpublishedShown()).isFalse();
        browser.click("#save-draft");
        browser.waitForText("#unpublished", "Changes not yet published: children get no questions for this video yet.");
        browser.click("#publish").acceptDialog();
        browser.waitForText("#notice", "Published as version 1");
        assertThat(unpublishedShown()).isFalse();
        browser.screenshot("05-published");

        browser.driver().navigate().refresh();
        browser.waitForText("#set-status", "Working on version 2");
        assertThat(browser.visible(CHARACTER + "textarea.question").getDomProperty("value"))
                .isEqualTo("Who felt happy at the picnic?");
        assertThat(browser.visible(CHARACTER + "select.rank").getDomProperty("value")).isEqualTo("1");
        browser.click(SEGMENT + "details.companions-box summary");
        assertThat(browser.driver().findElement(By.cssSelector(PIG + "input[type=radio][value=\"character\"]"))
                .isSelected()).isTrue();
        assertThat(browser.visible(PIG + "textarea.line-question[data-type=\"character\"]").getDomProperty("value"))
                .isEqualTo("Ooh! WHO felt HAPPY at the picnic?!");
        assertThat(browser.visible(SEGMENT + ".ai-question[data-type=\"action\"]").getDomAttribute("data-trashed"))
                .isEqualTo("true");
        assertThat(unpublishedShown()).isFalse();
        browser.screenshot("06-reloaded");

        var child = learner(parentCode);
        JsonNode pig = child.get("/api/final-questions/" + videoId + "?companion=pig").expect(200).json()
                .path("segments").get(0);
        assertThat(pig.path("question").asString()).isEqualTo("Ooh! WHO felt HAPPY at the picnic?!");
        assertThat(pig.path("question_type").asString()).isEqualTo("character");
        assertThat(child.get("/api/final-questions/" + videoId).expect(200).json().path("segments").get(0)
                .path("question").asString()).isEqualTo("Who felt happy at the picnic?");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM question_sets WHERE video_id = ? AND status = 'published'")
                .param(videoId).query(Integer.class).single()).isEqualTo(1);

        // a winner changed after publishing waits in the draft, and the page says so
        browser.click(PIG + "input[type=radio][value=\"action\"]");
        browser.click("#save-draft");
        browser.waitForText("#unpublished", "Changes not yet published: children still get version 1.");
        browser.screenshot("07-not-yet-published");
        assertThat(child.get("/api/final-questions/" + videoId + "?companion=pig").expect(200).json().path("segments")
                .get(0).path("question_type").asString()).isEqualTo("character");

        // writing companion wording for segment 2 (after a confirmation) leaves segment 1's wording alone
        String second = "section.segment[data-index=\"1\"] ";
        browser.click("#segment-list li[data-position=\"1\"] button");
        browser.click(second + "details.companions-box summary");
        browser.click(second + "button.generate").acceptDialog();
        browser.waitForText("#notice", "The companions have new wording for this segment.");
        assertThat(browser.visible(second + ".companion[data-companion=\"bunny\"] textarea.line-question")
                .getDomProperty("value")).isNotBlank();
        assertThat(browser.driver().findElement(By.cssSelector(PIG + "textarea.line-question[data-type=\"character\"]"))
                .getDomProperty("value")).isEqualTo("Ooh! WHO felt HAPPY at the picnic?!");
        browser.screenshot("08-companion-wording-written");
    }

    private boolean unpublishedShown() {
        return browser.driver().findElement(By.id("unpublished")).isDisplayed();
    }
}
