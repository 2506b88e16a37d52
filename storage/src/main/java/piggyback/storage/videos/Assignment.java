package piggyback.storage.videos;

import java.time.LocalDateTime;

/** An expert's assignment to a video, with the expert's display name (the Assignment of the admin's video routes). */
public record Assignment(String videoId, String expertId, String assignmentSource, LocalDateTime assignedAt,
                         LocalDateTime updatedAt, String expertName) {
}
