package piggyback.batch.questions;

import java.util.List;

import org.springframework.stereotype.Component;

import piggyback.storage.videos.FrameRow;
import piggyback.storage.videos.Frames;

/**
 * Generates one segment's questions from what the pipeline stored: the segment's
 * frames rows, up to five of their images, and the subtitles they carry. Used by the questions
 * step and by the admin's live generation alike.
 */
@Component
public class SegmentGeneration {

    /** How far past the segment to look for what is said next (for the prediction question). */
    static final int FOLLOWING_SECONDS = 60;

    private final Frames frames;
    private final FrameSampler sampler;
    private final QuestionGenerator generator;

    SegmentGeneration(Frames frames, FrameSampler sampler, QuestionGenerator generator) {
        this.frames = frames;
        this.sampler = sampler;
        this.generator = generator;
    }

    public String generatorName() {
        return generator.name();
    }

    public SegmentResult generate(String videoId, Segment segment) {
        List<FrameRow> rows = frames.between(videoId, segment.start(), segment.end());
        if (rows.isEmpty()) {
            return SegmentFailure.of("no_frames_in_segment", false,
                    "no frames between " + segment.start() + "s and " + segment.end() + "s");
        }
        List<FrameImage> images = List.of();
        if (generator.needsImages()) {
            images = sampler.encode(videoId, FrameSampler.sample(rows));
            if (images.isEmpty()) {
                return SegmentFailure.of("frame_encoding_failed", false, "none of the sampled frames could be read");
            }
        }
        Transcript following = Transcript.of(frames.between(videoId, segment.end() + 1,
                segment.end() + FOLLOWING_SECONDS));
        return generator.generate(new SegmentInput(videoId, segment, images, Transcript.of(rows),
                following.isEmpty() ? null : following.text()));
    }
}
