package piggyback.api.audit;

import org.springframework.stereotype.Component;

import piggyback.api.security.Caller;
import piggyback.api.security.Sessions;
import piggyback.api.web.ClientAddress;
import piggyback.storage.audit.AuditLog;

/** Writes admins' actions and families' erasures to the audit log, with who did them and from where. */
@Component
public class AdminAudit {

    private final AuditLog log;

    AdminAudit(AuditLog log) {
        this.log = log;
    }

    public void record(String action, String targetKind, String targetId, String detail) {
        Caller caller = Sessions.current().orElse(null);
        log.record(caller == null ? "anonymous" : caller.role().name(), caller == null ? null : caller.auditId(),
                action, targetKind, targetId, detail, ClientAddress.current());
    }
}
