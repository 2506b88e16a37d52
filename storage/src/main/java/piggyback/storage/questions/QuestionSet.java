package piggyback.storage.questions;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One version of a video's question set (docs/decisions/0007-versioned-publishing.md) with its segments in order.
 *
 * @param status draft, in_review or published
 */
public record QuestionSet(long setId, String videoId, int version, String status, String createdBy,
                          LocalDateTime publishedAt, List<SetSegment> segments) {
}
