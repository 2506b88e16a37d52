package piggyback.batch.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import piggyback.storage.videos.FrameRow;

/**
 * What is said during a segment, from the subtitle text each frame carries
 * (docs/decisions/0020-providers-behind-ports.md): one line per change of subtitle, so a cue shown for
 * five seconds is one line, not five.
 */
public record Transcript(List<Line> lines) {

    /** The block the prompt gets when nothing is said in the segment. */
    public static final String NONE = "No transcript available for this video segment.";

    /** Texts the frames step writes when there is nothing to show. */
    private static final Set<String> SENTINELS = Set.of(
            "no subtitle at this time", "no subtitles available", "no transcript available",
            "no transcript available for this video segment");

    /** The subtitle first shown at {@code second}. */
    public record Line(int second, String text) {
    }

    public Transcript {
        lines = List.copyOf(lines);
    }

    public static Transcript of(List<FrameRow> frames) {
        List<Line> lines = new ArrayList<>();
        for (FrameRow frame : frames) {
            String text = usable(frame.subtitleText());
            if (text != null && (lines.isEmpty() || !lines.get(lines.size() - 1).text().equals(text))) {
                lines.add(new Line(frame.second(), text));
            }
        }
        return new Transcript(lines);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** The prompt's transcript block: {@code [MM:SS] text} lines, or {@link #NONE}. */
    public String block() {
        return isEmpty() ? NONE : lines.stream()
                .map(line -> "[" + TimeCodes.format(line.second()) + "] " + line.text())
                .collect(Collectors.joining("\n"));
    }

    /** The words said, as running text. */
    public String text() {
        return lines.stream().map(Line::text).collect(Collectors.joining(" "));
    }

    private static String usable(String subtitle) {
        if (subtitle == null) {
            return null;
        }
        String text = subtitle.strip().replaceAll("\\s+", " ");
        String bare = text.toLowerCase(Locale.ROOT).replaceAll("[.\\s]+$", "");
        return text.isEmpty() || SENTINELS.contains(bare) ? null : text;
    }
}
