package piggyback.api.security;

import java.io.Serial;
import java.io.Serializable;

import piggyback.storage.codes.CodeOwner;

/**
 * The signed-in principal, kept in the server-side session.
 *
 * @param accountId   the expert id for EXPERT; the parent id for PARENT; the code owner's id for
 *                    LEARNER; null for ADMIN
 * @param learnerOf   for LEARNER: whose code was used (a parent's family code or an expert's class code)
 */
public record Caller(Role role, String accountId, String displayName, CodeOwner.Kind learnerOf)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static Caller admin() {
        return new Caller(Role.ADMIN, null, "Administrator", null);
    }

    public static Caller expert(String expertId, String displayName) {
        return new Caller(Role.EXPERT, expertId, displayName, null);
    }

    public static Caller parent(String parentId, String displayName) {
        return new Caller(Role.PARENT, parentId, displayName, null);
    }

    public static Caller learnerOf(CodeOwner owner, String displayName) {
        return new Caller(Role.LEARNER, owner.id(), displayName, owner.kind());
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isExpert(String expertId) {
        return role == Role.EXPERT && accountId.equals(expertId);
    }

    public boolean isParent(String parentId) {
        return role == Role.PARENT && accountId.equals(parentId);
    }

    /** A learner session opened with this parent's code. */
    public boolean isLearnerOfParent(String parentId) {
        return role == Role.LEARNER && learnerOf == CodeOwner.Kind.PARENT && accountId.equals(parentId);
    }

    /** A learner session opened with this expert's class code. */
    public boolean isLearnerOfClass(String expertId) {
        return role == Role.LEARNER && learnerOf == CodeOwner.Kind.CLASS && accountId.equals(expertId);
    }

    /** The id written into the audit log. */
    public String auditId() {
        return accountId == null ? role.name().toLowerCase() : accountId;
    }
}
