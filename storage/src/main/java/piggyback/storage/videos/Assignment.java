package piggyback.storage.videos;

import java.time.LocalDateTime;

/** An expert's assignment to a video, with the expert's display name (spec §3.2 Assignment). */
public record Assignment(String videoId, String expertId, String assignmentSource, LocalDateTime assignedAt,
                         LocalDateTime updatedAt, String expertName) {
}
