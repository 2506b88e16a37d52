package piggyback.batch.download;

import java.util.List;
import java.util.regex.Pattern;

/** The part of yt-dlp's output worth showing an admin: its ERROR lines, without colour codes. */
final class ToolMessages {

    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;?]*[ -/]*[@-~]");
    /** The size of videos.subtitle_warning; also plenty for a message. */
    static final int MAX_LENGTH = 2000;

    private ToolMessages() {
    }

    static String stripAnsi(String text) {
        return ANSI.matcher(text).replaceAll("");
    }

    /** The ERROR lines of a failed run, else its last line of output, else its exit status. */
    static String errorOf(CommandRunner.Result result) {
        List<String> lines = stripAnsi(result.stderr()).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> errors = lines.stream().filter(line -> line.startsWith("ERROR:")).toList();
        String text = !errors.isEmpty() ? String.join(" ", errors)
                : !lines.isEmpty() ? lines.get(lines.size() - 1)
                : "yt-dlp exited with status " + result.exitCode();
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
    }
}
