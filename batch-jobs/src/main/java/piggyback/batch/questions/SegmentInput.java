package piggyback.batch.questions;

import java.util.List;

/**
 * Everything a generator gets for one segment.
 *
 * @param images        up to five sampled frames (empty for generators that do not look)
 * @param followingText the first words said after the segment, or null: what a prediction can be checked against
 */
public record SegmentInput(String videoId, Segment segment, List<FrameImage> images, Transcript transcript,
                           String followingText) {

    public SegmentInput {
        images = List.copyOf(images);
    }
}
