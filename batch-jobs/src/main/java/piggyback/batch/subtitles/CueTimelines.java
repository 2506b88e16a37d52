package piggyback.batch.subtitles;

import java.util.List;

import org.springframework.stereotype.Component;

import piggyback.batch.frames.SubtitleTimeline;
import piggyback.batch.frames.SubtitleTimelines;
import piggyback.storage.cues.Cue;
import piggyback.storage.cues.Cues;

/** The frames step's subtitle lookup: the video's stored cues, aligned per second. */
@Component
class CueTimelines implements SubtitleTimelines {

    private final Cues cues;

    CueTimelines(Cues cues) {
        this.cues = cues;
    }

    @Override
    public SubtitleTimeline of(String videoId) {
        List<Cue> all = cues.of(videoId);
        return second -> SubtitleAligner.textAt(all, second);
    }
}
