package piggyback.api.web;

import java.util.Map;

/**
 * A JSON object body read the reference's way: strings are taken as given, numbers and
 * booleans are turned into strings, anything else in a text field is refused with a 400.
 * Every text is capped, so no field can make later work unbounded.
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
        if (value instanceof Map || value instanceof Iterable) {
            throw ApiException.badRequest(name + " must be a string");
        }
        String text = String.valueOf(value);
        if (text.length() > maxLength) {
            throw ApiException.badRequest(name + " must be at most " + maxLength + " characters");
        }
        return text;
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
}
