package piggyback.api.web;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one rule for field names a client chooses (a review segment's own notes and every key inside
 * them): letters, digits and '_', at most 32 characters, the size of the column that records which
 * field a decision changed. Such names come back as keys of JSON objects; holding them to this rule
 * keeps them names, never markup, whatever a response is rendered into.
 */
public final class FieldNames {

    public static final int MAX_LENGTH = 32;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]{1," + MAX_LENGTH + "}");

    private FieldNames() {
    }

    public static boolean isValid(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** Refuses (400) a name that breaks the rule; {@code where} names the object holding it. */
    public static void check(String name, String where) {
        if (!isValid(name)) {
            throw ApiException.badRequest(where + ": field names must be letters, digits and _, at most "
                    + MAX_LENGTH + " characters");
        }
    }

    /** Checks every key of every object inside a client's value, at any depth. */
    public static void checkWithin(Object value, String where) {
        if (value instanceof Map<?, ?> object) {
            object.forEach((key, inner) -> {
                String name = String.valueOf(key);
                check(name, where);
                checkWithin(inner, where + "." + name);
            });
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                checkWithin(list.get(i), where + "[" + i + "]");
            }
        }
    }
}
