package piggyback.storage.audit;

import java.time.LocalDateTime;

/** One admin action: who, what, on which target, from where. */
public record AuditEntry(long id, LocalDateTime at, String actorRole, String actorId, String action,
                         String targetKind, String targetId, String detail, String clientIp) {
}
