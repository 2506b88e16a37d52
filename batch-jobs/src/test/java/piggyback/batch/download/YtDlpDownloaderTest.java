package piggyback.batch.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import piggyback.batch.testing.FixtureSite;
import piggyback.batch.testing.VideoFixtures;
import tools.jackson.databind.json.JsonMapper;

/** The real yt-dlp (Debian's) against the local fixture site. */
class YtDlpDownloaderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PAGE = "farm";

    @TempDir
    Path folder;

    private final FixtureSite site = VideoFixtures.site(PAGE);

    @AfterEach
    void stopSite() {
        site.close();
    }

    @Test
    void theProbeReadsThePageWithoutDownloadingTheVideo() {
        VideoMetadata metadata = downloader().probe(url("/farm.html"));

        assertThat(metadata.id()).isEqualTo(VideoFixtures.toolId(PAGE));
        assertThat(metadata.title()).startsWith(PAGE);
        assertThat(metadata.thumbnailUrl()).isEqualTo(site.url("/poster.webp"));
        assertThat(metadata.duration()).isZero();
        assertThat(site.hits("/clip.mp4")).isZero();
    }

    @Test
    void theVideoItsThumbnailAndItsMetadataAreDownloadedWithTheFirstPlayerClient() throws Exception {
        DownloadedVideo video = downloader().download(url("/farm.html"), folder);

        assertThat(video.video()).isEqualTo(folder.resolve("video.mp4"));
        assertThat(Files.readAllBytes(video.video())).isEqualTo(Files.readAllBytes(VideoFixtures.media().mp4()));
        assertThat(video.thumbnail()).isEqualTo(folder.resolve("video.webp"));
        assertThat(JSON.readTree(video.infoJson().toFile()).path("id").asString()).isEqualTo("farm-1");
        assertThat(video.usedPlayerClient()).containsExactly("android", "web");
        assertThat(site.hits("/clip.mp4")).isEqualTo(1);
    }

    @Test
    void aRefusedDownloadIsTriedAgainWithTheNextPlayerClient() {
        site.forbid("/clip.mp4", 1);

        DownloadedVideo video = downloader().download(url("/farm.html"), folder);

        assertThat(video.usedPlayerClient()).containsExactly("tv", "web");
        assertThat(site.hits("/clip.mp4")).isEqualTo(2);
        assertThat(video.video()).exists();
    }

    @Test
    void whenEveryPlayerClientIsRefusedTheDownloadFailsWithForbidden403() {
        site.forbid("/clip.mp4", 10);

        DownloadFailure failure = catchThrowableOfType(DownloadFailure.class,
                () -> downloader().download(url("/farm.html"), folder));

        assertThat(failure.error()).isEqualTo(DownloadError.FORBIDDEN_403);
        assertThat(failure.getMessage()).startsWith("Download error: ERROR:").contains("HTTP Error 403: Forbidden");
        assertThat(failure.hint()).contains("YTDLP_COOKIEFILE");
        assertThat(site.hits("/clip.mp4")).isEqualTo(YtDlpDownloader.PLAYER_CLIENTS.size());
    }

    @Test
    void anyOtherErrorEndsTheDownloadAtOnce() {
        DownloadFailure failure = catchThrowableOfType(DownloadFailure.class,
                () -> downloader().download(url("/no-such-page.html"), folder));

        assertThat(failure.error()).isEqualTo(DownloadError.DOWNLOAD_ERROR);
        assertThat(failure.getMessage()).contains("HTTP Error 404");
        assertThat(site.hits("/no-such-page.html")).isEqualTo(1);
    }

    @Test
    void withoutFfmpegAPageWithOnlySoundGivesNoVideoFile() {
        // with ffmpeg, yt-dlp remuxes the sound into video.mp4 and SourceDownload finds no picture in it
        YtDlpDownloader withoutFfmpeg = new YtDlpDownloader(new DownloadProperties(null, List.of(), null, null, null),
                JSON, false);

        DownloadFailure failure = catchThrowableOfType(DownloadFailure.class,
                () -> withoutFfmpeg.download(url("/farm-audio.html"), folder));

        assertThat(failure.error()).isEqualTo(DownloadError.NO_VIDEO_FILE);
        assertThat(failure.getMessage()).isEqualTo("Download completed but no video file was found.");
    }

    @Test
    void theEnglishSubtitlesOfThePageAreFetchedWithoutTheVideo() throws Exception {
        SubtitleDownload subtitles = downloader().fetchSubtitles(url("/farm.html"), folder, List.of("tv", "web"));

        assertThat(subtitles.warning()).isNull();
        assertThat(subtitles.vtt()).isEqualTo(folder.resolve("video.en.vtt"));
        assertThat(Files.readString(subtitles.vtt())).isEqualTo(VideoFixtures.SUBTITLES);
        assertThat(site.hits("/clip.mp4")).isZero();
    }

    @Test
    void noSubtitlesIsNotAnError() {
        SubtitleDownload subtitles = downloader().fetchSubtitles(url("/farm-nosubs.html"), folder, List.of());

        assertThat(subtitles.vtt()).isNull();
        assertThat(subtitles.warning()).isNull();
    }

    @Test
    void aFailedSubtitleFetchBecomesAWarningWithoutColourCodes() {
        SubtitleDownload subtitles = downloader().fetchSubtitles(url("/gone.html"), folder, List.of());

        assertThat(subtitles.vtt()).isNull();
        assertThat(subtitles.warning()).startsWith("ERROR:").contains("HTTP Error 404").doesNotContain("\u001B");
    }

    @Test
    void theConfiguredCookiesAreSentAndReported(@TempDir Path home) throws Exception {
        Path cookies = Files.writeString(home.resolve("cookies.txt"),
                "# Netscape HTTP Cookie File\n127.0.0.1\tFALSE\t/\tFALSE\t0\tsession\tsecret-value\n");
        YtDlpDownloader withCookies = new YtDlpDownloader(
                new DownloadProperties(null, List.of(), cookies.toString(), null, null), JSON);

        DownloadedVideo video = withCookies.download(url("/farm.html"), folder);

        assertThat(withCookies.authSource()).isEqualTo("cookiefile");
        assertThat(downloader().authSource()).isEqualTo("none");
        // yt-dlp 2023 copies the cookie into its metadata file, which is why the store gets a cleaned copy
        assertThat(Files.readString(video.infoJson())).contains("secret-value");
        assertThat(new String(InfoJson.withoutCookies(JSON, Files.readAllBytes(video.infoJson())))).doesNotContain("secret-value")
                .contains("\"id\":\"farm-1\"");
    }

    @Test
    void anUnreadableCookiesFileIsLeftOut() {
        YtDlpDownloader missingCookies = new YtDlpDownloader(
                new DownloadProperties(null, List.of(), "/no/such/cookies.txt", null, null), JSON);

        assertThat(missingCookies.authSource()).isEqualTo("none");
        assertThat(missingCookies.download(url("/farm.html"), folder).video()).exists();
    }

    @Test
    void aMissingYtDlpIsAClearErrorWithTheInstallHint() {
        YtDlpDownloader missing = new YtDlpDownloader(
                new DownloadProperties(folder.resolve("no-yt-dlp").toString(), List.of(), null, null, null), JSON);

        DownloadFailure failure = catchThrowableOfType(DownloadFailure.class, () -> missing.probe(url("/farm.html")));

        assertThat(failure.error()).isEqualTo(DownloadError.DOWNLOAD_ERROR);
        assertThat(failure.getMessage()).contains("cannot run yt-dlp").contains("no-yt-dlp");
        assertThat(failure.hint()).contains("apt-get install yt-dlp");
        assertThat(catchThrowableOfType(DownloadFailure.class, () -> missing.download(url("/farm.html"), folder))
                .hint()).contains("apt-get install yt-dlp");
        assertThat(missing.fetchSubtitles(url("/farm.html"), folder, List.of()).warning()).contains("cannot run yt-dlp");
        assertThat(site.hits("/farm.html")).isZero();
    }

    private YtDlpDownloader downloader() {
        return new YtDlpDownloader(new DownloadProperties(null, List.of(), null, null, null), JSON);
    }

    private SourceUrl url(String path) {
        return new SourceUrl(site.url(path), "127.0.0.1", "url");
    }
}
