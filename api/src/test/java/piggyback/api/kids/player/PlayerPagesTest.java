package piggyback.api.kids.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import piggyback.storage.questions.QuestionDraft;
import piggyback.storage.questions.SegmentDraft;
import piggyback.testing.SpeechFixtures;

/**
 * The children's player and the parents' page in Chromium, with a fake microphone that says the
 * answer (espeak-ng) so it goes through the real path: MediaRecorder, /api/transcribe
 * (pocketsphinx), /api/check_answer by question_id, the saved attempt, the parents' page.
 */
class PlayerPagesTest extends PlayerPageTest {

    /** What the child says: pocketsphinx hears these words exactly (see SpeechFixtures). */
    private static final String ANSWER = SpeechFixtures.RECOGNISED_PHRASE;
    private static final String QUESTION = "How many dogs are there?";
    private static final Duration SLOW = Duration.ofSeconds(90);

    private static Path spokenAnswer;

    @Override
    Path microphone() {
        return spokenAnswer();
    }

    @Test
    void aChildAnswersByVoiceAndTheParentSeesTheAttempt() throws Exception {
        String expertPassword = "pw-" + unique();
        String expertId = newExpert(expertPassword);
        String familyCode = "fam-" + unique();
        String parentPassword = "parent-pw-" + unique();
        String parentId = newParent(familyCode, parentPassword);
        String childId = newChild(expertId, parentId, "Mia");
        String videoId = storedVideo(expertId, "The Picnic Dogs");
        questionSets.publish(videoId, List.of(new SegmentDraft(0, 2, false, null, null,
                List.of(new QuestionDraft("character", QUESTION, ANSWER, "expert", 1, 1, false, false)), List.of())),
                expertId);

        browser.go("/play");
        browser.visible("#code");
        browser.screenshot("1-child-login");
        browser.type("#code", familyCode).click("#login-form button[type=submit]");

        browser.visible("[data-child-id='" + childId + "']");
        browser.screenshot("2-profiles");
        browser.click("[data-child-id='" + childId + "']");

        browser.waitForText("#companions-title", "Hi Mia!");
        browser.screenshot("3-companions");
        browser.click("[data-companion='pig']");

        browser.visible("[data-video-id='" + videoId + "']");
        // the tile shows the stored thumbnail, served through /downloads
        assertThat(browser.loadedImage("[data-video-id='" + videoId + "'] img").getDomAttribute("src"))
                .isEqualTo("/downloads/" + videoId + "/thumbnail.jpg");
        browser.screenshot("4-videos");
        browser.click("[data-video-id='" + videoId + "']");

        browser.waitForText("#title", "The Picnic Dogs");
        assertThat(browser.url()).endsWith("/play/watch/" + videoId);
        assertThat(browser.script("return document.querySelector('#video track').kind")).isEqualTo("captions");
        WebDriverWait slow = new WebDriverWait(browser.driver(), SLOW);
        slow.until(ExpectedConditions.visibilityOfElementLocated(By.id("question")));
        assertThat(browser.visible("#question-text").getText()).isEqualTo(QUESTION);
        browser.waitForText("#announce", QUESTION);
        assertThat(browser.script("return document.getElementById('video').paused")).isEqualTo(true);
        browser.screenshot("5-question");

        browser.waitForText("#feedback", "!", SLOW);
        browser.screenshot("6-feedback");
        assertThat(browser.visible("#heard").getText()).contains(ANSWER);
        assertThat(browser.visible("#feedback").getAttribute("class")).contains("correct");

        browser.waitForText("#saved", "Saved", SLOW);
        assertThat(browser.visible("#result").getText()).isEqualTo("100%");
        browser.screenshot("7-finished");
        Map<String, Object> saved = attemptOf(childId, videoId);
        assertThat(saved.get("questions_total")).isEqualTo(1);
        assertThat(saved.get("questions_correct")).isEqualTo(1);
        assertThat(saved.get("interaction_mode")).isEqualTo("flexible");
        assertThat(((Number) saved.get("watch_minutes")).doubleValue()).isGreaterThan(0);
        // the answer names the published question it was to (the expert's answer statistics)
        assertThat(jdbc.sql("""
                SELECT d.question_id FROM quiz_attempt_details d JOIN quiz_attempts a ON a.attempt_id = d.attempt_id
                WHERE a.child_id = ? AND d.status = 'correct'""").param(childId).query(Long.class).single())
                .isEqualTo(jdbc.sql("""
                        SELECT q.question_id FROM question_set_questions q JOIN question_sets s ON s.set_id = q.set_id
                        WHERE s.video_id = ? AND s.status = 'published'""").param(videoId).query(Long.class).single());

        // the device's session (the family code) does not open the parents' page: the parent signs in
        browser.go("/parents");
        browser.type("#parent-id", parentId).type("#parent-password", parentPassword)
                .click("#parent-form button[type=submit]");
        String card = "[data-child-id='" + childId + "']";
        browser.waitForText(card + " tbody tr", "The Picnic Dogs");
        assertThat(browser.visible(card + " tbody tr").getText()).contains("100%", "1 of 1", "flexible");
        assertThat(browser.all(card + " svg.chart circle")).hasSize(1);
        browser.screenshot("8-parents-page");

        browser.driver().findElement(By.cssSelector(card + " select")).sendKeys("Strict");
        browser.click(card + " .mode-form button[type=submit]");
        browser.waitForText(card + " .mode-form .notice", "Saved");
        assertThat(jdbc.sql("SELECT interaction_mode FROM children WHERE child_id = ?").param(childId)
                .query(String.class).single()).isEqualTo("strict");
        browser.screenshot("9-mode-changed");
    }

    @Test
    void inStrictModeAWrongAnswerRewindsTheSegmentAndLeavingSavesTheAttempt() throws Exception {
        Family family = family("strict");
        String videoId = storedVideo(family.expertId(), "The Picnic Cats");
        publish(videoId, family.expertId(), "two cats");
        watch(family, videoId);
        WebDriverWait slow = new WebDriverWait(browser.driver(), SLOW);

        slow.until(ExpectedConditions.attributeContains(By.id("feedback"), "class", "wrong"));
        assertThat(browser.visible("#feedback").getText()).contains("watch it again");
        browser.screenshot("strict-1-wrong");
        slow.until(ExpectedConditions.invisibilityOfElementLocated(By.id("question")));
        // back to the segment's start, and the same question when it ends again
        assertThat(((Number) browser.script("return document.getElementById('video').currentTime")).doubleValue())
                .isLessThan(2);
        slow.until(ExpectedConditions.visibilityOfElementLocated(By.id("question")));
        assertThat(browser.visible("#question-text").getText()).isEqualTo(QUESTION);
        slow.until(ExpectedConditions.attributeContains(By.id("feedback"), "class", "wrong"));
        browser.screenshot("strict-2-asked-again");

        browser.click("header a.button");
        browser.visible("[data-video-id='" + videoId + "']");

        Map<String, Object> saved = attemptOf(family.childId(), videoId);
        assertThat(saved).containsEntry("questions_total", 1).containsEntry("questions_correct", 0)
                .containsEntry("questions_wrong", 1).containsEntry("total_retries", 1)
                .containsEntry("interaction_mode", "strict");
    }

    @Test
    void inFlexibleModeAWrongAnswerLetsTheChildKeepGoingAndTheExpertSeesTheHardQuestion() throws Exception {
        String password = "pw-" + unique();
        String expertId = newExpert(password);
        String code = "fam-" + unique();
        Family family = new Family(expertId, code, newChild(expertId, newParent(code), "Ava"));
        String videoId = storedVideo(expertId, "The Picnic Ducks");
        publish(videoId, expertId, "two cats");
        watch(family, videoId);
        WebDriverWait slow = new WebDriverWait(browser.driver(), SLOW);

        slow.until(ExpectedConditions.attributeContains(By.id("feedback"), "class", "wrong"));
        browser.visible("#choices #rewind");
        browser.screenshot("flexible-1-choices");
        browser.click("#keep-going");

        browser.waitForText("#saved", "Saved", SLOW);
        assertThat(browser.visible("#result").getText()).isEqualTo("0%");
        assertThat(attemptOf(family.childId(), videoId)).containsEntry("questions_wrong", 1)
                .containsEntry("total_retries", 0).containsEntry("interaction_mode", "flexible");

        browser.go("/parents");
        browser.type("#expert-id", expertId).type("#expert-password", password)
                .click("#expert-form button[type=submit]");
        String card = "[data-child-id='" + family.childId() + "']";
        browser.waitForText(card + " .hard", QUESTION);
        assertThat(browser.visible(card + " .hard li").getText()).contains("missed 1 of 1", "answer: two cats");
        browser.screenshot("flexible-2-expert-sees-hard-question");
    }

    @Test
    void inPassiveModeNothingIsAskedSkippingAheadIsUndoneAndTheWatchTimeIsSaved() throws Exception {
        Family family = family("passive");
        String videoId = storedVideo(family.expertId(), "The Picnic Birds");
        publish(videoId, family.expertId(), ANSWER);
        watch(family, videoId);
        new WebDriverWait(browser.driver(), SLOW).until(driver -> ((Number) browser.script(
                "return document.getElementById('video').currentTime")).doubleValue() > 0.3);

        browser.script("document.getElementById('video').currentTime = 4;");

        browser.waitForText("#notice", "No skipping");
        assertThat(((Number) browser.script("return document.getElementById('video').currentTime")).doubleValue())
                .isLessThan(3);
        browser.waitForText("#saved", "Saved", SLOW);
        assertThat(browser.visible("#done-message").getText()).isEqualTo("Great watching!");
        assertThat(browser.all("#question:not([hidden])")).isEmpty();
        browser.screenshot("passive-finished");
        Map<String, Object> saved = attemptOf(family.childId(), videoId);
        assertThat(saved).containsEntry("questions_total", 0).containsEntry("interaction_mode", "passive");
        assertThat(((Number) saved.get("watch_minutes")).doubleValue()).isGreaterThan(0.03);
    }

    private record Family(String expertId, String code, String childId) {
    }

    private Family family(String mode) {
        String expertId = newExpert("pw-" + unique());
        String code = "fam-" + unique();
        String childId = newChild(expertId, newParent(code), "Sam");
        admin().putJson("/api/admin/children/" + childId, Map.of("interaction_mode", mode)).expect(200);
        return new Family(expertId, code, childId);
    }

    private void publish(String videoId, String expertId, String answer) {
        questionSets.publish(videoId, List.of(new SegmentDraft(0, 2, false, null, null,
                List.of(new QuestionDraft("character", QUESTION, answer, "expert", 1, 1, false, false)), List.of())),
                expertId);
    }

    /** Through the pickers to the player, with the pig. */
    private void watch(Family family, String videoId) {
        browser.go("/play");
        browser.type("#code", family.code()).click("#login-form button[type=submit]");
        browser.click("[data-child-id='" + family.childId() + "']");
        browser.click("[data-companion='pig']");
        browser.click("[data-video-id='" + videoId + "']");
    }

    /** The one attempt saved for the child and video (waiting a little: a page being left saves in the background). */
    private Map<String, Object> attemptOf(String childId, String videoId) {
        String sql = """
                SELECT questions_total, questions_correct, questions_wrong, total_retries, interaction_mode,
                       watch_minutes
                FROM quiz_attempts WHERE child_id = ? AND video_id = ?""";
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver ->
                !jdbc.sql(sql).params(childId, videoId).query().listOfRows().isEmpty());
        return jdbc.sql(sql).params(childId, videoId).query().singleRow();
    }

    /**
     * The answer as a WAV for Chromium's fake microphone, with quiet before it (the page measures
     * the room first) and a long quiet after it (the page stops 1.4 s after the child stops; the
     * fake device plays the file in a loop).
     */
    private static synchronized Path spokenAnswer() {
        if (spokenAnswer == null) {
            try (AudioInputStream speech = AudioSystem.getAudioInputStream(
                    new ByteArrayInputStream(SpeechFixtures.spokenWav(ANSWER)))) {
                AudioFormat format = speech.getFormat();
                int frame = format.getFrameSize();
                ByteArrayOutputStream padded = new ByteArrayOutputStream();
                padded.write(new byte[Math.round(format.getFrameRate() * 0.8f) * frame]);
                padded.write(speech.readAllBytes());
                padded.write(new byte[Math.round(format.getFrameRate() * 6f) * frame]);
                byte[] samples = padded.toByteArray();
                Path wav = Files.createTempFile("pb-answer-", ".wav");
                wav.toFile().deleteOnExit();
                AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(samples), format,
                        samples.length / frame), AudioFileFormat.Type.WAVE, wav.toFile());
                spokenAnswer = wav;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (UnsupportedAudioFileException e) {
                throw new IllegalStateException("espeak-ng wrote an unreadable WAV", e);
            }
        }
        return spokenAnswer;
    }
}
