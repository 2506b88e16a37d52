package piggyback.storage.questions;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A version of a video's question set as experts review it: with who changed what and when, and
 * the revision a save must be based on.
 *
 * @param status   draft, in_review or published (published versions are read-only)
 * @param revision how many saves the video's sets have had; a save names the revision it started from
 */
public record ReviewSet(long setId, String videoId, int version, String status, int revision, String updatedBy,
                        LocalDateTime updatedAt, String publishedBy, LocalDateTime publishedAt,
                        List<ReviewSegment> segments) {

    public static final String DRAFT = "draft";
    public static final String IN_REVIEW = "in_review";
    public static final String PUBLISHED = "published";

    public ReviewSet {
        segments = List.copyOf(segments);
    }

    public boolean published() {
        return PUBLISHED.equals(status);
    }

    /** Saved changes that children do not get yet: a working set is in review once a save changed it. */
    public boolean unpublishedChanges() {
        return IN_REVIEW.equals(status);
    }
}
