package piggyback.batch.subtitles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import piggyback.storage.cues.Cue;

/**
 * Reads WebVTT subtitles into cues: the header and NOTE, STYLE and REGION blocks are
 * dropped, and so are cue settings, inline tags ({@code <c>}, {@code <i>}, {@code <v Name>},
 * karaoke times like {@code <00:00:01.000>}) and the rolling lines of YouTube's automatic
 * captions, where each cue repeats the line of the cue before.
 */
public final class WebVttParser {

    /** Blocks end at an empty line; a line of spaces belongs to its cue (automatic captions have them). */
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{2,}");
    private static final String TIME = "((?:\\d+:)?\\d{1,2}:\\d{2}[.,]\\d{1,3})";
    private static final Pattern TIMING = Pattern.compile("^\\s*" + TIME + "\\s+-->\\s+" + TIME + "(?:\\s.*)?$");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]{1,6});");
    private static final Map<String, String> ENTITIES = Map.of("&amp;", "&", "&lt;", "<", "&gt;", ">",
            "&nbsp;", " ", "&quot;", "\"", "&apos;", "'", "&lrm;", "", "&rlm;", "");

    private WebVttParser() {
    }

    /** The cues in file order; a file with no cue gives an empty list. */
    public static List<Cue> parse(String vtt) {
        String text = vtt.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n');
        List<Cue> cues = new ArrayList<>();
        List<String> previousLines = List.of();
        for (String block : BLANK_LINES.split(text)) {
            List<String> lines = block.lines().toList();
            int timing = timingLine(lines);
            if (timing < 0 || isMetadata(lines.get(0))) {
                continue;
            }
            Matcher times = TIMING.matcher(lines.get(timing));
            times.matches();
            long start = millis(times.group(1));
            long end = millis(times.group(2));
            List<String> cueLines = lines.subList(timing + 1, lines.size()).stream()
                    .map(WebVttParser::plainText).filter(line -> !line.isEmpty()).toList();
            if (end <= start || cueLines.isEmpty()) {
                continue;
            }
            add(cues, start, end, cueLines, previousLines);
            previousLines = cueLines;
        }
        return cues;
    }

    /**
     * Adds a cue without the lines the cue before already showed. A cue with nothing new (the
     * short bridging cues of automatic captions) keeps the text of the cue before on screen.
     */
    private static void add(List<Cue> cues, long start, long end, List<String> lines, List<String> previousLines) {
        List<String> fresh = lines.stream().filter(line -> !previousLines.contains(line)).toList();
        if (fresh.isEmpty() && !cues.isEmpty() && start <= cues.get(cues.size() - 1).endMs()) {
            Cue last = cues.remove(cues.size() - 1);
            cues.add(new Cue(last.startMs(), Math.max(last.endMs(), end), last.text()));
            return;
        }
        // the same words again after a pause are a cue of their own
        cues.add(new Cue(start, end, String.join(" ", fresh.isEmpty() ? lines : fresh)));
    }

    private static int timingLine(List<String> lines) {
        // a cue may start with an identifier line; the header block may run into the first cue
        for (int i = 0; i < lines.size(); i++) {
            if (TIMING.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isMetadata(String firstLine) {
        return firstLine.startsWith("NOTE") || firstLine.startsWith("STYLE") || firstLine.startsWith("REGION");
    }

    private static String plainText(String line) {
        String text = TAG.matcher(line).replaceAll("");
        for (Map.Entry<String, String> entity : ENTITIES.entrySet()) {
            text = text.replace(entity.getKey(), entity.getValue());
        }
        text = NUMERIC_ENTITY.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                Character.toString(Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16))));
        return text.replaceAll("\\s+", " ").strip();
    }

    /** {@code hh:mm:ss.ttt} or {@code mm:ss.ttt} in milliseconds. */
    private static long millis(String time) {
        String[] parts = time.replace(',', '.').split(":");
        long hours = parts.length == 3 ? Long.parseLong(parts[0]) : 0;
        long minutes = Long.parseLong(parts[parts.length - 2]);
        String[] seconds = parts[parts.length - 1].split("\\.");
        String fraction = (seconds[1] + "00").substring(0, 3);
        return ((hours * 60 + minutes) * 60 + Long.parseLong(seconds[0])) * 1000 + Long.parseLong(fraction);
    }
}
