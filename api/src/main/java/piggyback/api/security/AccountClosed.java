package piggyback.api.security;

import piggyback.storage.codes.CodeOwner;

/**
 * An account was deactivated or deleted: its sessions, and the learner sessions opened with its
 * code, end at once ({@link AccountSessions}). Published inside the admin's transaction.
 */
public record AccountClosed(CodeOwner account) {
}
