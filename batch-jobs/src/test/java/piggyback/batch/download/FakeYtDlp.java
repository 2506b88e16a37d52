package piggyback.batch.download;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import piggyback.batch.testing.VideoFixtures;

/**
 * A stand-in for yt-dlp, for what the real one cannot show against a local site: YouTube's player
 * clients change nothing in the requests of yt-dlp's generic extractor, and the downloader's format
 * string always finds a format there. The script logs each call's arguments (one line per call)
 * and answers by shell {@code case} rules, e.g. {@code *player_client=ios,web*) video ;;} ({@code video}
 * writes the fixture MP4 where {@code -o} says) or {@code *) refuse ;;} (a 403).
 */
final class FakeYtDlp {

    static final String REFUSED = "ERROR: [youtube] abc: Unable to download video data: HTTP Error 403: Forbidden";
    static final String NO_FORMAT = "ERROR: [youtube] abc: Requested format is not available. Use --list-formats"
            + " for a list of available formats";

    private final Path script;
    private final Path log;

    private FakeYtDlp(Path script, Path log) {
        this.script = script;
        this.log = log;
    }

    static FakeYtDlp write(Path folder, String rules) throws IOException {
        Path log = folder.resolve("calls.log");
        Path script = folder.resolve("yt-dlp");
        Files.writeString(script, """
                #!/bin/sh
                printf '%%s\\n' "$*" >> '%s'
                out=""; prev=""
                for a in "$@"; do [ "$prev" = "-o" ] && out="$a"; prev="$a"; done
                video() { cp '%s' "$(printf '%%s' "$out" | sed 's/%%(ext)s/mp4/')"; exit 0; }
                refuse() { echo '%s' >&2; exit 1; }
                noformat() { echo '%s' >&2; exit 1; }
                case "$*" in
                %s
                esac
                """.formatted(log, VideoFixtures.media().mp4(), REFUSED, NO_FORMAT, rules));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return new FakeYtDlp(script, log);
    }

    String path() {
        return script.toString();
    }

    /** The arguments of each call so far, in order. */
    List<String> calls() throws IOException {
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }
}
