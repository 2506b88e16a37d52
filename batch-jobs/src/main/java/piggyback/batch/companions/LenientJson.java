package piggyback.batch.companions;

import java.util.Locale;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a model's JSON the lenient way the reference did: a Markdown code fence around it is dropped. */
final class LenientJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LenientJson() {
    }

    /** The JSON in the text, or null when it is not JSON even without the fence. */
    static JsonNode read(String text) {
        if (text == null) {
            return null;
        }
        String body = text.strip();
        if (body.startsWith("```")) {
            body = body.substring(3);
            if (body.toLowerCase(Locale.ROOT).startsWith("json")) {
                body = body.substring(4);
            }
            body = body.strip();
            if (body.endsWith("```")) {
                body = body.substring(0, body.length() - 3);
            }
        }
        try {
            return JSON.readTree(body.strip());
        } catch (JacksonException notJson) {
            return null;
        }
    }
}
