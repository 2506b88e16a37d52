package piggyback.batch.download;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Which addresses may be downloaded (docs/decisions/0009-who-may-call-what.md): http(s) on one of
 * YouTube's hosts or on a host of {@code piggyback.download.allowed-hosts}. The host is parsed, not
 * searched for, so {@code http://evil.example/?youtube.com} is refused.
 */
@Component
public class SourceUrls {

    static final Set<String> YOUTUBE_HOSTS = Set.of(
            "youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be", "music.youtube.com");
    /** The size of videos.source_url. */
    private static final int MAX_LENGTH = 2000;
    private static final String INVALID = "Please provide a valid YouTube URL.";

    private final Set<String> allowedHosts;

    SourceUrls(DownloadProperties properties) {
        this.allowedHosts = new HashSet<>(properties.allowedHosts());
    }

    /** The checked address, or a failure with {@code missing_url} or {@code invalid_url}. */
    public SourceUrl parse(String raw) {
        String text = raw == null ? "" : raw.trim();
        if (text.isEmpty()) {
            throw new DownloadFailure(DownloadError.MISSING_URL, "No URL provided.");
        }
        if (text.length() > MAX_LENGTH) {
            throw new DownloadFailure(DownloadError.INVALID_URL, INVALID);
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new DownloadFailure(DownloadError.INVALID_URL, INVALID);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if ((!scheme.equals("http") && !scheme.equals("https")) || uri.getHost() == null) {
            throw new DownloadFailure(DownloadError.INVALID_URL, INVALID);
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        host = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (YOUTUBE_HOSTS.contains(host)) {
            return new SourceUrl(text, host, "youtube");
        }
        if (allowedHosts.contains(host)) {
            return new SourceUrl(text, host, "url");
        }
        throw new DownloadFailure(DownloadError.INVALID_URL, INVALID);
    }
}
