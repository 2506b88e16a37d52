package piggyback.api.expert.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import piggyback.api.browser.BrowserTest;
import piggyback.api.kids.StoredVideos;
import piggyback.batch.frames.StoredVideoFrames;
import piggyback.batch.subtitles.WebVttParser;
import piggyback.batch.testing.VideoFixtures;
import piggyback.storage.companions.CompanionVariant;
import piggyback.storage.companions.CompanionVariants;
import piggyback.storage.cues.Cues;
import piggyback.storage.media.MediaStore;
import piggyback.storage.segments.GeneratedQuestion;
import piggyback.storage.segments.GeneratedSegment;
import piggyback.storage.segments.GeneratedSegments;
import piggyback.storage.videos.Assignments;
import piggyback.storage.videos.MediaKeys;
import piggyback.storage.videos.Videos;
import tools.jackson.databind.JsonNode;

/**
 * The edit page as an expert reviews beside the video, in headless Chromium with the test clip
 * (real H.264, frames cut by the frames step, cues from its subtitles): one segment at a time,
 * seeking to it, playing just it, its frames and transcript, the keyboard, the segments' states;
 * and once a child has answered, what children did with each question.
 */
class ReviewBesideTheVideoPageTest extends BrowserTest {

    private static final String SECOND = "section.segment[data-index=\"1\"] ";

    @Autowired
    Videos videos;
    @Autowired
    MediaStore store;
    @Autowired
    Cues cues;
    @Autowired
    Assignments assignments;
    @Autowired
    StoredVideoFrames frames;
    @Autowired
    GeneratedSegments generatedSegments;
    @Autowired
    CompanionVariants companionVariants;

    @Override
    protected String[] chromiumSwitches() {
        return new String[] {"--autoplay-policy=no-user-gesture-required"};
    }

    @Test
    void anExpertWatchesEachSegmentSeesWhatTheModelSawAndWhatChildrenAnswered() throws IOException {
        String password = "pw-" + unique();
        String expertId = newExpert(password);
        String parentCode = "fam-" + unique();
        String childId = newChild(expertId, newParent(parentCode), "Mia");
        String videoId = clipOf(expertId);
        generatedSegments.replaceAll(videoId, List.of(
                segment(0, 1, new GeneratedQuestion("character", "Who jumps?", "the pig", 1)),
                segment(2, 3, new GeneratedQuestion("action", "What does the pig jump over?", "the fence", 1),
                        new GeneratedQuestion("setting", "Where is the fence?", "outside", 2)),
                segment(4, 4, new GeneratedQuestion("action", "What does the bunny eat?", "a carrot", 1))));

        browser.go("/expert/login?next=/expert/edit/" + videoId);
        browser.type("#expert-id", expertId).type("#password", password).click("#sign-in");
        browser.waitForText("#set-status", "Working on version 1");
        browser.waitForText("#progress", "0 of 3 reviewed");
        assertThat(shownSegments()).containsExactly("0");
        browser.screenshot("01-first-segment");

        // choosing segment 2 seeks the video to its start and shows only it
        browser.click("#segment-list li[data-position=\"1\"] button");
        waitUntil("the video is at segment 2's start", () -> Math.abs(currentTime() - 2.0) < 0.05);
        assertThat(shownSegments()).containsExactly("1");
        assertThat(browser.visible("#segment-list li[data-position=\"1\"] button").getDomAttribute("aria-current"))
                .isEqualTo("true");
        browser.waitForText("#announce", "Segment 2 of 3, 0:02 to 0:03");

        // what the question writer was given: the segment's frames, and what is said in its seconds
        List<WebElement> strip = browser.all("#material ol.frames img");
        assertThat(strip).hasSize(2);
        for (int i = 1; i <= strip.size(); i++) {
            browser.loadedImage("#material ol.frames li:nth-child(" + i + ") img");
        }
        browser.waitForText("#material ol.transcript", "over the red fence.");
        assertThat(browser.visible("#material ol.transcript").getText()).contains("Then the bunny eats a carrot.")
                .doesNotContain("The little pig jumps");
        browser.screenshot("02-segment-two-with-frames-and-transcript");
        browser.click("#material ol.frames li:nth-child(2) button");
        browser.loadedImage("#frame-large");
        browser.waitForText("#frame-caption", "Frame 2 of 2, at 0:03");
        browser.screenshot("03-frame-opened");
        browser.click("#frame-close");

        // "Play this segment" plays from its start and pauses at its end
        browser.click("#play-segment");
        waitUntil("the segment played to its end", () -> Boolean.TRUE.equals(browser.script(
                "const v = document.getElementById('player'); return v.paused && v.currentTime > 2.5")));
        assertThat(currentTime()).isCloseTo(3.0, within(0.5));
        browser.waitForText("#announce", "Paused at the end of the segment");
        browser.screenshot("04-segment-played");

        // a line of the transcript seeks the video to it
        browser.click("#material ol.transcript button.cue[data-start=\"2.5\"]");
        waitUntil("the video is at the line", () -> Math.abs(currentTime() - 2.5) < 0.05);

        // the keyboard: N and P go through the segments, K plays and pauses; each is announced
        browser.script("document.activeElement.blur()");
        press("n");
        browser.waitForText("#announce", "Segment 3 of 3");
        assertThat(shownSegments()).containsExactly("2");
        press("p");
        browser.waitForText("#announce", "Segment 2 of 3");
        press("k");
        browser.waitForText("#announce", "Playing");
        press("k");
        browser.waitForText("#announce", "Paused at");

        // the segments' states: changed until saved, then reviewed; a skipped one counts as reviewed
        browser.click(SECOND + "input.reviewed");
        browser.waitForText("#segment-list li[data-position=\"1\"] .state", "Changed");
        browser.click("#segment-list li[data-position=\"2\"] button");
        browser.click("section.segment[data-index=\"2\"] input.skip");
        browser.click("#save-draft");
        browser.waitForText("#notice", "Draft saved");
        browser.waitForText("#segment-list li[data-position=\"1\"] .state", "Reviewed");
        browser.waitForText("#segment-list li[data-position=\"2\"] .state", "Skipped");
        browser.waitForText("#segment-list li[data-position=\"0\"] .state", "Not reviewed");
        browser.waitForText("#progress", "2 of 3 reviewed");
        browser.screenshot("05-states");

        browser.click("#publish").acceptDialog();
        browser.waitForText("#notice", "Published as version 1");

        // a child answers segment 2's question (graded by its id) and, in an older client's
        // attempt without ids, segment 1's question (matched by its text)
        var device = learner(parentCode);
        JsonNode served = device.get("/api/play/" + videoId + "?child_id=" + childId).expect(200).json();
        JsonNode asked = questionAt(served, 2);
        assertThat(asked.path("question").asString()).isEqualTo("What does the pig jump over?");
        List<Map<String, Object>> details = new ArrayList<>();
        details.add(Map.of("question", asked.path("question").asString(), "userAnswer", "the fence",
                "status", "correct", "question_type", "action", "question_id", asked.path("question_id").asLong()));
        details.add(Map.of("question", "Who jumps?", "userAnswer", "a cat", "status", "wrong",
                "question_type", "character"));
        device.postJson("/api/save-quiz-score", Map.of("child_id", childId, "video_id", videoId,
                "details", details)).expect(200);

        browser.driver().navigate().refresh();
        browser.waitForText("#set-status", "Working on version 2");
        String first = "section.segment[data-index=\"0\"] .ai-question[data-type=\"character\"] p.answers";
        assertThat(browser.waitForText(first, "1 answered").getText())
                .contains("0% correct", "100% wrong", "Most common wrong answers: “a cat”").doesNotContain("Mia");
        browser.click("#segment-list li[data-position=\"1\"] button");
        String action = SECOND + ".ai-question[data-type=\"action\"] p.answers";
        assertThat(browser.waitForText(action, "1 answered").getText()).contains("100% correct", "0% wrong");
        assertThat(browser.all(SECOND + ".ai-question[data-type=\"setting\"] p.answers")).isEmpty();
        browser.screenshot("06-what-children-answered");
    }

    @Test
    void aTenMinuteVideoFitsInTwoScreens() {
        String password = "pw-" + unique();
        String expertId = newExpert(password);
        StoredVideos stored = new StoredVideos(jdbc, assignments);
        String videoId = stored.downloaded("Ten minutes", null, 600.0);
        stored.assign(videoId, expertId);
        List<GeneratedSegment> tenMinutes = new ArrayList<>();
        List<CompanionVariant> wordings = new ArrayList<>();
        String[] types = {"character", "setting", "feeling", "action", "causal", "outcome", "prediction"};
        for (int start = 0; start < 600; start += 60) {
            List<GeneratedQuestion> seven = new ArrayList<>();
            for (int t = 0; t < types.length; t++) {
                String question = "What " + types[t] + " question fits what happened at " + start + " seconds?";
                seven.add(new GeneratedQuestion(types[t], question, "An answer of a few words", t + 1));
                for (String companion : List.of("bunny", "pig", "alligator")) {
                    wordings.add(new CompanionVariant(start, types[t], companion, companion + ": " + question,
                            "An answer of a few words", "t"));
                }
            }
            tenMinutes.add(new GeneratedSegment(start, start + 59, GeneratedSegment.GENERATED, "offline",
                    seven.get(0).question(), null, null, 1, seven));
        }
        generatedSegments.replaceAll(videoId, tenMinutes);
        companionVariants.upsert(videoId, wordings);

        browser.go("/expert/login?next=/expert/edit/" + videoId);
        browser.type("#expert-id", expertId).type("#password", password).click("#sign-in");
        browser.waitForText("#progress", "0 of 10 reviewed");
        assertThat(shownSegments()).containsExactly("0");
        long height = ((Number) browser.script("return document.documentElement.scrollHeight")).longValue();
        long screen = ((Number) browser.script("return window.innerHeight")).longValue();
        browser.screenshot("07-ten-minute-video");
        assertThat(height).as("page height against two screens of %s", screen).isLessThanOrEqualTo(2 * screen);
    }

    /** The test clip as the expert's video, its frames cut by the frames step, its cues from its subtitles. */
    private String clipOf(String expertId) throws IOException {
        String videoId = "vid_" + unique();
        Path clip = VideoFixtures.media().mp4();
        videos.upsert(videoId, "upload", null, "The pig and the fence", null, null);
        store.putFile(MediaKeys.source(videoId), clip, "video/mp4");
        videos.recordSource(videoId, Files.size(clip), null, 4.5, 25.0);
        cues.replace(videoId, WebVttParser.parse(VideoFixtures.SUBTITLES));
        assertThat(frames.extract(videoId)).isGreaterThanOrEqualTo(4);
        assignments.assign(videoId, expertId, "admin");
        return videoId;
    }

    private static GeneratedSegment segment(int start, int end, GeneratedQuestion... questions) {
        return new GeneratedSegment(start, end, GeneratedSegment.GENERATED, "offline", questions[0].question(),
                null, null, 1, List.of(questions));
    }

    private static JsonNode questionAt(JsonNode served, int start) {
        for (JsonNode question : served.path("questions")) {
            if (question.path("segment_range_start").asInt() == start) {
                return question;
            }
        }
        throw new AssertionError("no question at " + start + ": " + served);
    }

    private List<String> shownSegments() {
        return browser.all("section.segment").stream().filter(WebElement::isDisplayed)
                .map(section -> section.getDomAttribute("data-index")).toList();
    }

    /** A key pressed where the focus is, as an expert without a mouse does. */
    private void press(String key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    private double currentTime() {
        return ((Number) browser.script("return document.getElementById('player').currentTime")).doubleValue();
    }

    private void waitUntil(String what, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).withMessage(what)
                .until(driver -> condition.getAsBoolean());
    }
}
