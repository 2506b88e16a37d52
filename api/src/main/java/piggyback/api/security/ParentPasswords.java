package piggyback.api.security;

import java.util.Set;

import piggyback.api.web.ApiException;
import piggyback.storage.codes.CodeOwner;

/** The rule for a parent's password, wherever one is set (by the admin, or by the parent from a link). */
public final class ParentPasswords {

    public static final int MIN = 8;
    public static final int MAX = 64;

    private ParentPasswords() {
    }

    /** The password as given, or 400 naming {@code field} when it is missing, too short or too long. */
    public static String checked(String password, String field) {
        if (password == null || password.isEmpty()) {
            throw ApiException.badRequest(field + " is required");
        }
        if (password.length() < MIN || password.length() > MAX) {
            throw ApiException.badRequest(field + " must be " + MIN + "-" + MAX + " characters");
        }
        return password;
    }

    /** Ends the parent's page sessions opened with the old password, except {@code keptSessionId}. */
    public static CredentialChanged changed(String parentId, String keptSessionId) {
        return new CredentialChanged(CodeOwner.parent(parentId), Set.of(Credential.PASSWORD), keptSessionId);
    }
}
