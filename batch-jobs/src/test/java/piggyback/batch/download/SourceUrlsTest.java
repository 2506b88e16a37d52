package piggyback.batch.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceUrlsTest {

    private final SourceUrls urls = new SourceUrls(new DownloadProperties(null, List.of(" 127.0.0.1 ", "Videos.Example.org"),
            null, null, null));

    @ParameterizedTest
    @ValueSource(strings = {"https://www.youtube.com/watch?v=dQw4w9WgXcQ", "http://youtube.com/watch?v=x",
            "https://m.youtube.com/watch?v=x", "https://youtu.be/dQw4w9WgXcQ", "https://music.youtube.com/watch?v=x",
            "HTTPS://WWW.YOUTUBE.COM/watch?v=x", "https://www.youtube.com./watch?v=x"})
    void youtubeHostsAreAlwaysAllowed(String url) {
        SourceUrl parsed = urls.parse("  " + url + " ");

        assertThat(parsed.kind()).isEqualTo("youtube");
        assertThat(parsed.text()).isEqualTo(url);
    }

    @Test
    void allowListedHostsAreAllowedAsPlainUrls() {
        assertThat(urls.parse("http://127.0.0.1:8080/clip.html"))
                .isEqualTo(new SourceUrl("http://127.0.0.1:8080/clip.html", "127.0.0.1", "url"));
        assertThat(urls.parse("https://videos.example.org/a").kind()).isEqualTo("url");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://evil.example/?youtube.com", "https://youtube.com.evil.example/watch?v=x",
            "https://notyoutube.com/watch?v=x", "http://www.youtube.com@evil.example/", "ftp://www.youtube.com/x",
            "file:///etc/passwd", "javascript:alert(1)", "www.youtube.com/watch?v=x", "https://www.you tube.com/",
            "http://[::1/", "http://localhost/clip.html", "http://127.0.0.2/clip.html"})
    void everythingElseIsAnInvalidUrl(String url) {
        DownloadFailure failure = catchThrowableOfType(DownloadFailure.class, () -> urls.parse(url));

        assertThat(failure.error()).isEqualTo(DownloadError.INVALID_URL);
        assertThat(failure.getMessage()).isEqualTo("Please provide a valid YouTube URL.");
        assertThat(failure.hint()).contains("piggyback.download.allowed-hosts");
    }

    @Test
    void anAddressLongerThanTheColumnIsInvalid() {
        String url = "https://www.youtube.com/watch?v=" + "x".repeat(2000);

        assertThat(catchThrowableOfType(DownloadFailure.class, () -> urls.parse(url)).error())
                .isEqualTo(DownloadError.INVALID_URL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void noAddressIsAMissingUrl(String url) {
        DownloadFailure failure = catchThrowableOfType(DownloadFailure.class, () -> urls.parse(url));

        assertThat(failure.error().code()).isEqualTo("missing_url");
        assertThat(failure.getMessage()).isEqualTo("No URL provided.");
        assertThat(catchThrowableOfType(DownloadFailure.class, () -> urls.parse(null)).error())
                .isEqualTo(DownloadError.MISSING_URL);
    }

    @Test
    void withoutAnAllowListOnlyYoutubeIsAllowed() {
        SourceUrls youtubeOnly = new SourceUrls(new DownloadProperties(null, null, null, null, null));

        assertThat(catchThrowableOfType(DownloadFailure.class, () -> youtubeOnly.parse("http://127.0.0.1/x")).error())
                .isEqualTo(DownloadError.INVALID_URL);
        assertThat(youtubeOnly.parse("https://youtu.be/x").kind()).isEqualTo("youtube");
    }
}
