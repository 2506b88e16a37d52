package piggyback.api.media;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import piggyback.api.web.ApiException;
import piggyback.api.web.JsonBody;
import piggyback.api.web.Limits;
import piggyback.batch.speech.SpeechRequest;

/** The body of {@code POST /api/tts} read the reference's way, with this build's limits. */
final class TtsInput {

    /** Question and answer texts are at most 2,000 characters. */
    static final int MAX_TEXT = 2000;
    /** OpenAI's voice names and ids; the voice is also written into the cached object's content type. */
    private static final Pattern VOICE = Pattern.compile("[A-Za-z0-9_-]+");

    private TtsInput() {
    }

    static SpeechRequest read(Map<String, Object> body) {
        JsonBody fields = JsonBody.of(body);
        String text = fields.text("text", MAX_TEXT);
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest("text is required");
        }
        String voice = orDefault(fields.text("voice", Limits.ID), SpeechRequest.DEFAULT_VOICE);
        if (!VOICE.matcher(voice).matches()) {
            throw ApiException.badRequest("voice must be letters, digits, '_' or '-'");
        }
        String format = orDefault(fields.text("format", Limits.ID), SpeechRequest.DEFAULT_FORMAT).toLowerCase(Locale.ROOT);
        if (!SpeechRequest.FORMATS.contains(format)) {
            throw ApiException.badRequest("format must be one of " + String.join(", ", SpeechRequest.FORMATS));
        }
        return new SpeechRequest(text.strip(), voice, speed(body == null ? null : body.get("speed")), format);
    }

    /** As the reference: a value that is not a number means the default speed (the request clamps the rest). */
    private static double speed(Object value) {
        double speed;
        if (value instanceof Number number) {
            speed = number.doubleValue();
        } else if (value instanceof String text) {
            try {
                speed = Double.parseDouble(text.strip());
            } catch (NumberFormatException notANumber) {
                return SpeechRequest.DEFAULT_SPEED;
            }
        } else {
            return SpeechRequest.DEFAULT_SPEED;
        }
        return Double.isFinite(speed) ? speed : SpeechRequest.DEFAULT_SPEED;
    }

    /** As the reference: empty voice or format strings mean the defaults. */
    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
