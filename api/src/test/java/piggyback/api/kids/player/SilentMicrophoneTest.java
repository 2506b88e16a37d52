package piggyback.api.kids.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import piggyback.storage.questions.QuestionDraft;
import piggyback.storage.questions.SegmentDraft;
import piggyback.testing.SpeechFixtures;

/**
 * The player when the child says nothing (a microphone that hears only quiet): it listens again
 * twice by itself, then lets the child try again or, in flexible mode, keep going; nothing is scored.
 */
class SilentMicrophoneTest extends PlayerPageTest {

    private static Path quiet;

    @Override
    Path microphone() {
        return quietWav();
    }

    @Test
    void afterThreeQuietTurnsTheChildMayTryAgainOrKeepGoing() throws Exception {
        String expertId = newExpert("pw-" + unique());
        String code = "fam-" + unique();
        String childId = newChild(expertId, newParent(code), "Leo");
        String videoId = storedVideo(expertId, "The Quiet Picnic");
        questionSets.publish(videoId, List.of(new SegmentDraft(0, 2, false, null, null,
                List.of(new QuestionDraft("setting", "Where are they?", "at the picnic", "expert", 1, 1, false, false)),
                List.of())), expertId);

        browser.go("/play");
        browser.type("#code", code).click("#login-form button[type=submit]");
        browser.click("[data-child-id='" + childId + "']");
        browser.click("[data-companion='bunny']");
        browser.click("[data-video-id='" + videoId + "']");

        browser.waitForText("#mic-label", "listening", Duration.ofSeconds(60));
        long listening = System.nanoTime();
        browser.waitForText("#mic-label", "Tap the microphone to try again", Duration.ofSeconds(90));
        // three turns of at most 9 s each (the page listens again twice by itself) before it asks the child
        assertThat(Duration.ofNanos(System.nanoTime() - listening)).isGreaterThan(Duration.ofSeconds(25));
        assertThat(browser.visible("#keep-going").isDisplayed()).isTrue();
        assertThat(browser.all("#rewind:not([hidden])")).isEmpty();
        assertThat(browser.visible("#mic").isEnabled()).isTrue();
        browser.screenshot("quiet-1-try-again-or-keep-going");

        browser.click("#keep-going");

        new WebDriverWait(browser.driver(), Duration.ofSeconds(90))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("saved"), "Saved"));
        assertThat(browser.visible("#done-message").getText()).isEqualTo("Great watching!");
        assertThat(jdbc.sql("SELECT questions_total FROM quiz_attempts WHERE child_id = ?").param(childId)
                .query(Integer.class).single()).isZero();
    }

    private static synchronized Path quietWav() {
        if (quiet == null) {
            try {
                quiet = Files.createTempFile("pb-quiet-", ".wav");
                quiet.toFile().deleteOnExit();
                Files.write(quiet, SpeechFixtures.silenceWav(Duration.ofSeconds(5)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return quiet;
    }
}
