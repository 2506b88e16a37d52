package piggyback.batch.download;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import piggyback.batch.BatchTest;
import piggyback.batch.IngestParameters;
import piggyback.batch.subtitles.SubtitleImport;
import piggyback.batch.testing.FixtureSite;
import piggyback.batch.testing.VideoFixtures;
import piggyback.storage.cues.Cue;
import piggyback.storage.cues.Cues;
import piggyback.storage.media.MediaStore;
import piggyback.storage.media.StoredObject;
import piggyback.storage.videos.MediaKeys;
import piggyback.storage.videos.Video;
import piggyback.storage.videos.Videos;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code downloadStep} and {@code subtitlesStep} beans in a job of their own, with the real
 * yt-dlp downloading from the local fixture site into the real store and database.
 */
class DownloadAndSubtitlesStepsTest extends BatchTest {

    @Autowired
    JobRepository jobRepository;
    @Autowired
    JobOperator jobOperator;
    @Autowired
    @Qualifier("downloadStep")
    Step downloadStep;
    @Autowired
    @Qualifier("subtitlesStep")
    Step subtitlesStep;
    @Autowired
    MediaStore store;
    @Autowired
    Videos videos;
    @Autowired
    Cues cues;

    private final String name = "steps" + UUID.randomUUID().toString().substring(0, 8);
    private final FixtureSite site = VideoFixtures.site(name);

    @AfterEach
    void stopSite() {
        site.close();
    }

    @Test
    void aVideoIsDownloadedIntoTheStoreAndItsSubtitlesBecomeItsCues() throws Exception {
        String videoId = name;

        JobExecution execution = run(videoId, site.url("/" + name + ".html"), "first");

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(keys(videoId)).containsExactly("info.json", "source.mp4", "subtitles/en.vtt", "thumbnail.jpg");
        byte[] fixture = Files.readAllBytes(VideoFixtures.media().mp4());
        assertThat(store.getBytes(MediaKeys.source(videoId))).isEqualTo(fixture);
        assertThat(store.getBytes(MediaKeys.thumbnail(videoId))).startsWith(0xFF, 0xD8, 0xFF);
        assertThat(JsonMapper.builder().build().readTree(store.getBytes(MediaKeys.info(videoId))).path("id").asString())
                .isEqualTo(VideoFixtures.toolId(name));
        assertThat(new String(store.getBytes(MediaKeys.subtitles(videoId)))).isEqualTo(VideoFixtures.SUBTITLES);

        Video video = videos.find(videoId).orElseThrow();
        assertThat(video.sourceKind()).isEqualTo("url");
        assertThat(video.sourceUrl()).isEqualTo(site.url("/" + name + ".html"));
        assertThat(video.title()).startsWith(name);
        assertThat(video.thumbnailUrl()).isEqualTo(site.url("/poster.webp"));
        assertThat(video.status()).isEqualTo("downloaded");
        assertThat(video.sourceSize()).isEqualTo(fixture.length);
        assertThat(video.sourceSha256()).isEqualTo(Checksums.sha256(VideoFixtures.media().mp4()));
        assertThat(video.durationSeconds()).isBetween(3.5, 5.0);
        assertThat(video.fps()).isEqualTo(25.0);
        assertThat(video.subtitleWarning()).isNull();
        assertThat(cues.of(videoId)).hasSize(VideoFixtures.SUBTITLE_CUES).containsExactly(
                new Cue(0, 1500, "The little pig jumps"),
                new Cue(1500, 2500, "over the red fence."),
                new Cue(2500, 4000, "Then the bunny eats a carrot."));
        assertThat(step(execution, "download").getWriteCount()).isEqualTo(3);
        assertThat(step(execution, "subtitles").getWriteCount()).isEqualTo(VideoFixtures.SUBTITLE_CUES);
        assertThat(site.hits("/clip.mp4")).isEqualTo(1);
        assertThat(IngestParameters.usedPlayerClient(execution)).containsExactly("android", "web");
    }

    @Test
    void runningAgainFindsEverythingStoredAndFetchesNothing() {
        String videoId = name;
        run(videoId, site.url("/" + name + ".html"), "first");
        int pageHits = site.hits("/" + name + ".html");

        JobExecution again = run(videoId, site.url("/" + name + ".html"), "second");

        assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(site.hits("/clip.mp4")).isEqualTo(1);
        assertThat(site.hits("/" + name + ".html")).isEqualTo(pageHits);
        assertThat(step(again, "download").getExitStatus().getExitDescription()).contains("nothing downloaded");
        assertThat(cues.count(videoId)).isEqualTo(VideoFixtures.SUBTITLE_CUES);
        assertThat(keys(videoId)).hasSize(4);
    }

    @Test
    void aStoredSourceThatNoLongerMatchesItsChecksumIsDownloadedAgain() {
        String videoId = name;
        run(videoId, site.url("/" + name + ".html"), "first");
        long size = videos.find(videoId).orElseThrow().sourceSize();
        // same size, other bytes: only the checksum can tell
        store.put(MediaKeys.source(videoId), new byte[(int) size], "video/mp4");

        run(videoId, site.url("/" + name + ".html"), "second");

        assertThat(site.hits("/clip.mp4")).isEqualTo(2);
        assertThat(store.getBytes(MediaKeys.source(videoId))[4]).isEqualTo((byte) 'f');
    }

    @Test
    void aFailedDownloadCanBeRestartedAndCarriesOnWhereItStopped() throws Exception {
        String videoId = name;
        site.forbid("/clip.mp4", YtDlpDownloader.PLAYER_CLIENTS.size());

        JobExecution failed = run(videoId, site.url("/" + name + ".html"), "first");

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.getAllFailureExceptions()).singleElement().isInstanceOfSatisfying(DownloadFailure.class,
                failure -> assertThat(failure.error()).isEqualTo(DownloadError.FORBIDDEN_403));
        assertThat(keys(videoId)).isEmpty();
        assertThat(videos.exists(videoId)).isFalse();

        // the same parameters again: Spring Batch restarts the failed instance
        JobExecution restarted = run(videoId, site.url("/" + name + ".html"), "first");

        assertThat(restarted.getJobInstanceId()).isEqualTo(failed.getJobInstanceId());
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(cues.count(videoId)).isEqualTo(VideoFixtures.SUBTITLE_CUES);
        assertThat(IngestParameters.usedPlayerClient(restarted)).containsExactly("android", "web");
    }

    @Test
    void anHlsDownloadIsRepairedIntoAnMp4() throws Exception {
        String videoId = name;

        JobExecution execution = run(videoId, site.url("/" + name + "-hls.html"), "first");

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        byte[] stored = store.getBytes(MediaKeys.source(videoId));
        assertThat(new String(stored, 4, 4)).isEqualTo("ftyp");
        assertThat(stored).isNotEqualTo(Files.readAllBytes(VideoFixtures.media().mpegTs()));
        Video video = videos.find(videoId).orElseThrow();
        assertThat(video.sourceSize()).isEqualTo(stored.length);
        assertThat(video.durationSeconds()).isBetween(3.5, 5.0);
        // no subtitles: the spoken words of the clip become the cues instead (one 10-second window)
        assertThat(video.subtitleWarning()).isEqualTo(SubtitleImport.TRANSCRIBED);
        assertThat(cues.of(videoId)).singleElement().satisfies(cue -> assertThat(cue.text()).isNotBlank());
        // the site has no thumbnail: a picture from early in the video is kept instead
        assertThat(keys(videoId)).containsExactly("info.json", "source.mp4", "thumbnail.jpg");
    }

    @Test
    void aPageWithoutPicturesFailsWithNoVideoFileAndLeavesNothing() {
        String videoId = name;

        JobExecution execution = run(videoId, site.url("/" + name + "-audio.html"), "first");

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(execution.getAllFailureExceptions()).singleElement().isInstanceOfSatisfying(DownloadFailure.class,
                failure -> assertThat(failure.error()).isEqualTo(DownloadError.NO_VIDEO_FILE));
        assertThat(keys(videoId)).isEmpty();
        assertThat(videos.exists(videoId)).isFalse();
    }

    @Test
    void anAddressOffTheAllowListIsRefusedBeforeYtDlpRuns() {
        JobExecution execution = run(name, "http://evil.example/?youtube.com", "first");

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(execution.getAllFailureExceptions()).singleElement().isInstanceOfSatisfying(DownloadFailure.class,
                failure -> assertThat(failure.error()).isEqualTo(DownloadError.INVALID_URL));
    }

    @Test
    void aBadVideoIdFailsTheJob() {
        JobExecution execution = run("../" + name, site.url("/" + name + ".html"), "first");

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(execution.getAllFailureExceptions()).singleElement().isInstanceOf(IllegalArgumentException.class);
        assertThat(site.hits("/" + name + ".html")).isZero();
    }

    @Test
    void anUploadedVideoIsMeasuredAndItsSoundTranscribedForWantOfSubtitles() throws Exception {
        String videoId = name;
        store.putFile(MediaKeys.source(videoId), VideoFixtures.media().mp4(), "video/mp4");

        JobExecution execution = run(videoId, null, "first");

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Video video = videos.find(videoId).orElseThrow();
        assertThat(video.sourceKind()).isEqualTo("upload");
        assertThat(video.title()).isEqualTo(videoId);
        assertThat(video.sourceSha256()).isEqualTo(Checksums.sha256(VideoFixtures.media().mp4()));
        assertThat(video.durationSeconds()).isBetween(3.5, 5.0);
        // no subtitles: the spoken words of the clip become the cues instead (one 10-second window)
        assertThat(video.subtitleWarning()).isEqualTo(SubtitleImport.TRANSCRIBED);
        assertThat(cues.of(videoId)).singleElement().satisfies(cue -> assertThat(cue.text()).isNotBlank());
        assertThat(step(execution, "subtitles").getExitStatus().getExitDescription())
                .contains(SubtitleImport.TRANSCRIBED);
        assertThat(keys(videoId)).containsExactly("source.mp4", "thumbnail.jpg");
        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(store.getBytes(MediaKeys.thumbnail(videoId))));
        assertThat(thumbnail.getWidth()).isPositive();
        assertThat(thumbnail.getHeight()).isPositive();
    }

    @Test
    void anUploadWithoutItsFileFailsClearly() {
        JobExecution execution = run(name, null, "first");

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(execution.getAllFailureExceptions()).singleElement().isInstanceOfSatisfying(DownloadFailure.class,
                failure -> assertThat(failure.getMessage()).contains("neither a source_url nor an uploaded file"));
    }

    private JobExecution run(String videoId, String url, String attempt) {
        Job job = new JobBuilder("downloadAndSubtitles", jobRepository).start(downloadStep).next(subtitlesStep).build();
        JobParametersBuilder parameters = new JobParametersBuilder()
                .addString(IngestParameters.VIDEO_ID, videoId)
                .addString("attempt", attempt);
        if (url != null) {
            parameters.addString(IngestParameters.SOURCE_URL, url, false);
        }
        try {
            return jobOperator.start(job, parameters.toJobParameters());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> keys(String videoId) {
        return store.list(MediaKeys.prefix(videoId)).stream().map(StoredObject::key)
                .map(key -> key.substring(MediaKeys.prefix(videoId).length())).toList();
    }

    private static StepExecution step(JobExecution execution, String name) {
        return execution.getStepExecutions().stream().filter(s -> s.getStepName().equals(name)).findFirst()
                .orElseThrow();
    }

}
