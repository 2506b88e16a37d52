package piggyback.api.accounts;

import piggyback.api.web.ApiException;
import piggyback.api.web.Ids;
import piggyback.api.web.Limits;

/** Validation shared by the admin account features (experts, parents, children). */
public final class AccountRules {

    private AccountRules() {
    }

    /** A required display or first name, whitespace collapsed; {@code what} names the field. */
    public static String requiredName(String raw, String what, String missingMessage) {
        String name = Ids.normaliseName(raw);
        if (name.isEmpty()) {
            throw ApiException.badRequest(missingMessage);
        }
        return boundedName(name, what);
    }

    public static String boundedName(String name, String what) {
        if (name.length() > Limits.NAME) {
            throw ApiException.badRequest(what + " must be at most " + Limits.NAME + " characters");
        }
        return name;
    }

    /** An access code (or an expert's password, which is its first code): 6–64 characters. */
    public static String accessCode(String code, String what) {
        if (code == null || code.isEmpty()) {
            throw ApiException.badRequest(what + " is required");
        }
        if (code.length() < Limits.CODE_MIN || code.length() > Limits.CODE) {
            throw ApiException.badRequest(what + " must be " + Limits.CODE_MIN + "-" + Limits.CODE + " characters");
        }
        return code;
    }

    /** A new expert or parent id: trimmed, lower-cased, 3–50 of a-z 0-9 _ -. */
    public static String newAccountId(String raw, String what) {
        String id = Ids.normaliseAccountId(raw);
        if (!Ids.isAccountId(id)) {
            throw ApiException.badRequest(what + " must be 3-50 chars: lowercase letters, numbers, _ or -");
        }
        return id;
    }
}
