package piggyback.storage.parents;

import java.time.LocalDateTime;

/** A parent account: logs its children in with its access code. */
public record Parent(String parentId, String displayName, boolean active,
                     LocalDateTime createdAt, LocalDateTime updatedAt) {
}
