package piggyback.batch.download;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How videos are fetched.
 *
 * @param ytDlp         the yt-dlp program: a name looked up on PATH or a path
 * @param allowedHosts  hosts besides YouTube's that downloads may come from
 * @param cookieFile    a Netscape cookies file passed to yt-dlp (YTDLP_COOKIEFILE), or empty
 * @param timeout       the longest one yt-dlp download may run
 * @param probeTimeout  the longest a metadata probe or a subtitle fetch may run
 */
@ConfigurationProperties("piggyback.download")
record DownloadProperties(String ytDlp, List<String> allowedHosts, String cookieFile, Duration timeout,
                          Duration probeTimeout) {

    DownloadProperties {
        ytDlp = ytDlp == null || ytDlp.isBlank() ? "yt-dlp" : ytDlp.trim();
        allowedHosts = allowedHosts == null ? List.of() : allowedHosts.stream()
                .map(host -> host.trim().toLowerCase(Locale.ROOT)).filter(host -> !host.isEmpty()).toList();
        cookieFile = cookieFile == null ? "" : cookieFile.trim();
        timeout = timeout == null ? Duration.ofMinutes(30) : timeout;
        probeTimeout = probeTimeout == null ? Duration.ofMinutes(2) : probeTimeout;
    }
}
