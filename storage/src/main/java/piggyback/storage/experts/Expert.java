package piggyback.storage.experts;

import java.time.LocalDateTime;

/** An expert (the seed's "parent/expert") account. The password hash never leaves {@link Experts}. */
public record Expert(String expertId, String displayName, boolean active,
                     LocalDateTime createdAt, LocalDateTime updatedAt) {
}
