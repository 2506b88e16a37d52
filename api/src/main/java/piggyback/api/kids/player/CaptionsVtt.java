package piggyback.api.kids.player;

import java.util.List;

import piggyback.storage.cues.Cue;

/**
 * A video's cues as WebVTT for the player's captions track: the cues come from the video's own
 * subtitles or, without them, from its transcribed sound track (the subtitles step), so every
 * video with words has captions.
 */
final class CaptionsVtt {

    private CaptionsVtt() {
    }

    static String of(List<Cue> cues) {
        StringBuilder vtt = new StringBuilder("WEBVTT\n");
        for (Cue cue : cues) {
            // a blank line would end the cue early, and "-->" would read as a timing line
            String text = cue.text().replace("-->", "->").replaceAll("\\n\\s*\\n", "\n").strip();
            if (text.isEmpty() || cue.endMs() <= cue.startMs()) {
                continue;
            }
            vtt.append('\n').append(time(cue.startMs())).append(" --> ").append(time(cue.endMs())).append('\n')
                    .append(text).append('\n');
        }
        return vtt.toString();
    }

    static String time(long ms) {
        return "%02d:%02d:%02d.%03d".formatted(ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }
}
