package piggyback.batch.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import piggyback.batch.BatchTest;
import piggyback.batch.testing.VideoFixtures;
import piggyback.storage.videos.Videos;

/**
 * Files dropped into the watched inbox at once: the complete videos are ingested (one with a
 * sidecar), one still being written waits until it is complete, one that is not a video goes to
 * failed/ with its reason, and a file the inbox accepted before is never taken again.
 */
@TestPropertySource(properties = {"piggyback.pipeline.recover-on-startup=false",
        "piggyback.ingest.inbox-settle=2s", "piggyback.ingest.inbox-poll=300ms"})
class InboxTest extends BatchTest {

    private static final Path INBOX = temporaryFolder();

    @DynamicPropertySource
    static void inbox(DynamicPropertyRegistry registry) {
        registry.add("piggyback.ingest.inbox", INBOX::toString);
    }

    @Autowired
    Videos videos;

    @Test
    void droppedFilesBecomeOneRunEachAndABadOneIsSetAsideWithItsReason() throws Exception {
        Path video = VideoFixtures.media().mp4();
        Files.copy(video, INBOX.resolve("first-story.mp4"));
        Files.writeString(INBOX.resolve("second-story.json"), "{\"title\": \"The second story\", \"interval_seconds\": 2}");
        Files.copy(video, INBOX.resolve("second-story.mp4"));
        Files.copy(video, INBOX.resolve("third story.mp4"));
        Files.writeString(INBOX.resolve("shopping-list.mp4"), "eggs, milk, bread\n");
        Path slow = INBOX.resolve("slow-story.mp4");
        writeSlowly(video, slow, Duration.ofSeconds(5));

        awaitFiles(INBOX.resolve("processed"), 5); // four videos and a sidecar
        awaitFiles(INBOX.resolve("failed"), 2);

        assertThat(names(INBOX.resolve("processed"))).containsExactlyInAnyOrder("first-story.mp4", "second-story.mp4",
                "second-story.json", "third story.mp4", "slow-story.mp4");
        assertThat(names(INBOX.resolve("failed"))).containsExactlyInAnyOrder("shopping-list.mp4", "shopping-list.reason.txt");
        String reason = Files.readString(INBOX.resolve("failed/shopping-list.reason.txt"));
        assertThat(reason).isNotBlank().doesNotContain(INBOX.toString());
        assertThat(videos.exists("shopping-list")).as("nothing is kept of a file that is not a video").isFalse();

        List<Long> runs = inboxRuns();
        assertThat(runs).hasSize(4);
        awaitCompleted(runs);
        assertThat(videos.find("second-story").orElseThrow().title()).isEqualTo("The second story");
        assertThat(videos.find("third-story").orElseThrow().title()).isEqualTo("third story");
        // the file that was still being written was taken whole
        assertThat(count("SELECT COUNT(*) FROM frames WHERE video_id = 'slow-story'"))
                .isEqualTo(count("SELECT COUNT(*) FROM frames WHERE video_id = 'first-story'")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM segments WHERE video_id = 'second-story'"))
                .as("the sidecar's 2-second segments").isGreaterThan(count("SELECT COUNT(*) FROM segments WHERE video_id = 'first-story'"));

        // as after a crash between taking a file and moving it: the same file, unchanged, is back
        Path back = INBOX.resolve("first-story.mp4");
        Files.copy(INBOX.resolve("processed/first-story.mp4"), back, StandardCopyOption.COPY_ATTRIBUTES);
        Files.setLastModifiedTime(back, Files.getLastModifiedTime(INBOX.resolve("processed/first-story.mp4")));
        assertThat(count("SELECT COUNT(*) FROM INT_METADATA_STORE WHERE REGION = 'inbox'")).isEqualTo(5);
        Thread.sleep(4000); // the settle time and several polls
        assertThat(Files.exists(back)).isTrue();
        assertThat(inboxRuns()).hasSize(4);
    }

    private List<Long> inboxRuns() {
        return jdbc.sql("""
                SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION_PARAMS
                WHERE PARAMETER_NAME = 'requested_by' AND PARAMETER_VALUE = 'inbox'""").query(Long.class).list();
    }

    private void awaitCompleted(List<Long> runs) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        String ids = runs.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow();
        while (count("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS = 'COMPLETED' AND JOB_EXECUTION_ID IN ("
                + ids + ")") < runs.size()) {
            assertThat(Instant.now()).as("the inbox's runs complete within 4 minutes").isBefore(deadline);
            Thread.sleep(200);
        }
    }

    /** Writes the copy in pieces over the given time, as a slow upload to a shared folder would. */
    private static void writeSlowly(Path from, Path to, Duration over) {
        Thread writer = new Thread(() -> {
            try {
                byte[] bytes = Files.readAllBytes(from);
                int pieces = 10;
                try (OutputStream out = Files.newOutputStream(to)) {
                    for (int i = 0; i < pieces; i++) {
                        out.write(bytes, i * bytes.length / pieces, (i + 1) * bytes.length / pieces - i * bytes.length / pieces);
                        out.flush();
                        Files.setLastModifiedTime(to, FileTime.from(Instant.now()));
                        Thread.sleep(over.toMillis() / pieces);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        writer.start();
    }

    private static void awaitFiles(Path folder, int atLeast) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (names(folder).size() < atLeast) {
            assertThat(Instant.now()).as("%s gets %d files within 2 minutes", folder, atLeast).isBefore(deadline);
            Thread.sleep(200);
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("pb-inbox-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
