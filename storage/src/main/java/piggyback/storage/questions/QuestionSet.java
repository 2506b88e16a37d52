package piggyback.storage.questions;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One version of a video's question set (spec §3.4.6 as rows) with its segments in order.
 *
 * @param status draft, in_review or published
 */
public record QuestionSet(long setId, String videoId, int version, String status, String createdBy,
                          LocalDateTime publishedAt, List<SetSegment> segments) {
}
