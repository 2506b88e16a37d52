package piggyback.storage.children;

import java.time.LocalDateTime;

/** A child profile with the display names of its expert and parent (null when unlinked). */
public record Child(String childId, String expertId, String parentId, String firstName, String lastName,
                    String iconKey, String interactionMode, boolean active,
                    LocalDateTime createdAt, LocalDateTime updatedAt,
                    String expertName, String parentName) {
}
