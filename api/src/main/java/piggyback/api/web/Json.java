package piggyback.api.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds response objects in the order given, allowing nulls (which {@code Map.of} does not). */
public final class Json {

    private Json() {
    }

    /** {@code obj("success", true, "expert", view)}: keys and values alternate. */
    public static Map<String, Object> obj(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must alternate");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
