package piggyback.api.parents;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import piggyback.api.audit.AdminAudit;
import piggyback.api.security.Caller;
import piggyback.storage.audit.AuditLog;
import piggyback.storage.children.Child;
import piggyback.storage.children.Children;
import piggyback.storage.quiz.QuizAttempts;

/**
 * A parent's erasure of a child's history, or of the child. The audit row names the parent and
 * what was done, never the child; audit rows that named the child keep the action and forget the
 * child, so no row of an erased child remains anywhere.
 */
@Service
class ChildErasure {

    private final QuizAttempts attempts;
    private final Children children;
    private final AuditLog auditLog;
    private final AdminAudit audit;

    ChildErasure(QuizAttempts attempts, Children children, AuditLog auditLog, AdminAudit audit) {
        this.attempts = attempts;
        this.children = children;
        this.auditLog = auditLog;
        this.audit = audit;
    }

    /** Deletes every attempt of the child and its answers; returns how many attempts went. */
    @Transactional
    int history(Caller family, Child child) {
        int deleted = attempts.deleteOfChild(child.childId());
        audit.record("family.erase_history", family.role().name().toLowerCase(), family.accountId(),
                "quiz history of one child erased (attempts: " + deleted + ")");
        return deleted;
    }

    /** Deletes the child, its attempts with them (the foreign keys cascade). */
    @Transactional
    void child(Caller family, Child child) {
        int deleted = attempts.deleteOfChild(child.childId());
        children.delete(child.childId());
        auditLog.forgetTarget("child", child.childId());
        audit.record("family.erase_child", family.role().name().toLowerCase(), family.accountId(),
                "one child erased with everything about it (attempts: " + deleted + ")");
    }
}
