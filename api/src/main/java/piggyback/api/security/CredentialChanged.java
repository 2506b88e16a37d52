package piggyback.api.security;

import java.util.Set;

import piggyback.storage.codes.CodeOwner;

/**
 * An account's password or code changed: the sessions that were opened with it end
 * ({@link AccountSessions}), learner sessions of its code included. The session that made the
 * change, if any, stays ({@code keptSessionId}, else null).
 */
public record CredentialChanged(CodeOwner account, Set<Credential> credentials, String keptSessionId) {

    public CredentialChanged {
        credentials = Set.copyOf(credentials);
    }

    public static CredentialChanged code(CodeOwner account, String keptSessionId) {
        return new CredentialChanged(account, Set.of(Credential.CODE), keptSessionId);
    }
}
