package piggyback.api.web;

import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;


/**
 * FastAPI-style boolean query values (the reference's framework reads them so): true/1/yes/on, false/0/no/off; else
 * 422.
 */
public final class BooleanParameter {

    private static final List<String> TRUE = List.of("true", "1", "yes", "on");
    private static final List<String> FALSE = List.of("false", "0", "no", "off");

    private BooleanParameter() {
    }

    public static boolean parse(String name, String raw) {
        if (raw == null) {
            return false;
        }
        String value = raw.trim().toLowerCase(Locale.ROOT);
        if (TRUE.contains(value)) {
            return true;
        }
        if (FALSE.contains(value)) {
            return false;
        }
        throw new ApiException(HttpStatus.valueOf(422), name + " must be a boolean");
    }
}
