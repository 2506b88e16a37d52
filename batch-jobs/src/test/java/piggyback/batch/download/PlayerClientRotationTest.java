package piggyback.batch.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;

/**
 * The arguments yt-dlp gets and the order of the retries, against
 * {@link FakeYtDlp}: the local site cannot tell YouTube's player clients apart.
 */
class PlayerClientRotationTest {

    private static final SourceUrl URL = new SourceUrl("https://www.youtube.com/watch?v=abc", "www.youtube.com",
            "youtube");
    private static final String MAIN_ARGUMENTS = "--ignore-config --no-playlist -f " + YtDlpDownloader.FORMAT
            + " --merge-output-format mp4 --remux-video mp4 --no-progress --write-thumbnail --write-info-json"
            + " --extractor-args youtube:player_client=";

    @TempDir
    Path folder;
    @TempDir
    Path work;

    @Test
    void refusedClientsAreFollowedByTheNextUntilOneWorks() throws Exception {
        FakeYtDlp ytDlp = FakeYtDlp.write(folder, """
                  *player_client=ios,web*) video ;;
                  *) refuse ;;""");

        DownloadedVideo video = downloader(ytDlp, true).download(URL, work);

        assertThat(video.usedPlayerClient()).containsExactly("ios", "web");
        assertThat(video.video()).isEqualTo(work.resolve("video.mp4"));
        String output = " -o " + work.resolve("video.%(ext)s") + " -- " + URL.text();
        assertThat(ytDlp.calls()).containsExactly(
                MAIN_ARGUMENTS + "android,web" + output,
                MAIN_ARGUMENTS + "tv,web" + output,
                MAIN_ARGUMENTS + "ios,web" + output);
    }

    @Test
    void whenEveryClientIsRefusedTheLastRefusalIsTheFailure() throws Exception {
        FakeYtDlp ytDlp = FakeYtDlp.write(folder, "  *) refuse ;;");

        DownloadFailure failure = catchThrowableOfType(DownloadFailure.class,
                () -> downloader(ytDlp, true).download(URL, work));

        assertThat(failure.error().code()).isEqualTo("forbidden_403");
        assertThat(failure.getMessage()).isEqualTo("Download error: " + FakeYtDlp.REFUSED);
        assertThat(ytDlp.calls()).hasSize(4).extracting(call -> call.replaceAll(".*player_client=(\\S+).*", "$1"))
                .containsExactly("android,web", "tv,web", "ios,web", "web");
    }

    @Test
    void aFormatThatIsNotOfferedIsRetriedOnceWithTheSimpleFormat() throws Exception {
        FakeYtDlp ytDlp = FakeYtDlp.write(folder, """
                  *bestvideo+bestaudio/best*) video ;;
                  *) noformat ;;""");

        DownloadedVideo video = downloader(ytDlp, true).download(URL, work);

        assertThat(video.usedPlayerClient()).containsExactly("android", "web");
        List<String> calls = ytDlp.calls();
        assertThat(calls).hasSize(2);
        assertThat(calls.get(1)).isEqualTo("--ignore-config --no-playlist -f bestvideo+bestaudio/best --no-progress"
                + " --write-thumbnail --write-info-json -o " + work.resolve("video.%(ext)s") + " -- " + URL.text());
    }

    @Test
    void whenTheSimpleFormatIsNotOfferedEitherTheFormatIsUnavailable() throws Exception {
        FakeYtDlp ytDlp = FakeYtDlp.write(folder, "  *) noformat ;;");

        DownloadFailure failure = catchThrowableOfType(DownloadFailure.class,
                () -> downloader(ytDlp, true).download(URL, work));

        assertThat(failure.error()).isEqualTo(DownloadError.FORMAT_UNAVAILABLE);
        assertThat(failure.getMessage()).contains("Requested format is not available");
        assertThat(ytDlp.calls()).hasSize(2);
    }

    @Test
    void aRefusalOfTheSimpleFormatMovesOnToTheNextClient() throws Exception {
        FakeYtDlp ytDlp = FakeYtDlp.write(folder, """
                  *player_client=tv,web*) video ;;
                  *bestvideo+bestaudio/best*) refuse ;;
                  *) noformat ;;""");

        assertThat(downloader(ytDlp, true).download(URL, work).usedPlayerClient()).containsExactly("tv", "web");
        assertThat(ytDlp.calls()).hasSize(3);
    }

    @Test
    void withoutFfmpegNothingIsMergedOrRemuxed() throws Exception {
        FakeYtDlp ytDlp = FakeYtDlp.write(folder, """
                  *"-f best "*) video ;;
                  *) noformat ;;""");

        downloader(ytDlp, false).download(URL, work);

        List<String> calls = ytDlp.calls();
        assertThat(calls.get(0)).contains("-f best[ext=mp4]/best --merge-output-format mp4 --no-progress")
                .doesNotContain("--remux-video");
        assertThat(calls.get(1)).contains("-f best --no-progress");
    }

    @Test
    void theCookiesFileGoesWithEveryCall() throws Exception {
        Path cookies = Files.writeString(folder.resolve("cookies.txt"), "# Netscape HTTP Cookie File\n");
        FakeYtDlp ytDlp = FakeYtDlp.write(folder, """
                  *--dump-json*) echo '{"id": "abc", "title": "Piglets", "duration": 61.5}' ;;
                  *--skip-download*) exit 0 ;;
                  *) video ;;""");
        YtDlpDownloader downloader = new YtDlpDownloader(new DownloadProperties(ytDlp.path(), List.of(),
                cookies.toString(), null, null), JsonMapper.builder().build(), true);

        assertThat(downloader.probe(URL)).isEqualTo(new VideoMetadata("abc", "Piglets", "", 61.5));
        downloader.download(URL, work);
        SubtitleDownload subtitles = downloader.fetchSubtitles(URL, work, List.of("tv", "web"));

        assertThat(subtitles).isEqualTo(new SubtitleDownload(null, null));
        assertThat(downloader.authSource()).isEqualTo("cookiefile");
        List<String> calls = ytDlp.calls();
        assertThat(calls).hasSize(3).allMatch(call -> call.startsWith(
                "--ignore-config --no-playlist --cookies " + cookies + " "));
        assertThat(calls.get(0)).endsWith("--dump-json --skip-download -- " + URL.text());
        assertThat(calls.get(2)).contains("--skip-download --write-subs --write-auto-subs --sub-langs en"
                + " --sub-format vtt --extractor-args youtube:player_client=tv,web -o ");
    }

    @Test
    void aYtDlpThatHangsIsStoppedAtTheTimeLimit() throws Exception {
        FakeYtDlp ytDlp = FakeYtDlp.write(folder, "  *) sleep 30 ;;");
        YtDlpDownloader downloader = new YtDlpDownloader(new DownloadProperties(ytDlp.path(), List.of(), null,
                Duration.ofSeconds(1), Duration.ofSeconds(1)), JsonMapper.builder().build(), true);
        long started = System.nanoTime();

        DownloadFailure failure = catchThrowableOfType(DownloadFailure.class, () -> downloader.probe(URL));

        assertThat(failure.error()).isEqualTo(DownloadError.DOWNLOAD_ERROR);
        assertThat(failure.getMessage()).contains("did not finish within PT1S");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    private static YtDlpDownloader downloader(FakeYtDlp ytDlp, boolean ffmpeg) {
        return new YtDlpDownloader(new DownloadProperties(ytDlp.path(), List.of(), null, null, null),
                JsonMapper.builder().build(), ffmpeg);
    }
}
