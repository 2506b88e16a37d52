package piggyback.api.web;

import java.util.Map;
import java.util.function.Function;

/**
 * A JSON object body whose text fields must be JSON strings: a number, a boolean, an object or a list
 * in a text field is a 400 ("… must be a string"), as the reference's models refused them; only the
 * fields that take a number or a spoken answer read any scalar as text ({@link #scalarText}). Control
 * characters other than tab and line breaks (which names collapse into spaces) are refused: a NUL in a
 * name reaches every page and export that shows it. Every text is capped, so no field can make later
 * work unbounded.
 */
public final class JsonBody {

    private final Map<String, Object> fields;

    private JsonBody(Map<String, Object> fields) {
        this.fields = fields;
    }

    public static JsonBody of(Map<String, Object> fields) {
        return new JsonBody(fields == null ? Map.of() : fields);
    }

    public boolean has(String name) {
        return fields.containsKey(name);
    }

    /** The field as text, or null when absent or JSON null. */
    public String text(String name, int maxLength) {
        Object value = fields.get(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw ApiException.badRequest(name + " must be a string");
        }
        return checked(name, text, maxLength);
    }

    /**
     * A string, number or boolean as text, for fields that take a number the pages' forms send as text
     * ({@code interval_seconds}) or an answer the reference graded as text ({@code "expected": 3}).
     */
    public String scalarText(String name, int maxLength) {
        Object value = fields.get(name);
        return value instanceof Number || value instanceof Boolean ? checked(name, value.toString(), maxLength)
                : text(name, maxLength);
    }

    /** The first present field of several spellings (e.g. {@code access_code} / {@code login_code}). */
    public String firstText(int maxLength, String... names) {
        for (String name : names) {
            String text = text(name, maxLength);
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    /** A field that must be a JSON boolean when present; null when absent. */
    public Boolean bool(String name) {
        if (!fields.containsKey(name)) {
            return null;
        }
        if (fields.get(name) instanceof Boolean value) {
            return value;
        }
        throw ApiException.badRequest(name + " must be true or false");
    }

    private static String checked(String name, String text, int maxLength) {
        if (text.length() > maxLength) {
            throw ApiException.badRequest(name + " must be at most " + maxLength + " characters");
        }
        if (hasControlCharacter(text)) {
            throw ApiException.badRequest(name + " must not contain control characters");
        }
        return text;
    }

    /** U+0000–U+001F but tab, line feed and carriage return, which free text and pasted names hold. */
    private static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }
}
