package piggyback.api.web;

/**
 * The one rule for a segment's bounds a client sends (seconds from the start of the video): a finite
 * number from 0 to a day, the end not before the start. Bounds that pass are stored and, once published,
 * played to children, so 1e308, NaN or a negative end is a 400 here rather than a segment nobody can play.
 */
public final class SegmentBounds {

    /** A day: no video is longer, and it bounds the frames and cues one request reads. */
    public static final double LONGEST_SECONDS = 86_400;

    private SegmentBounds() {
    }

    /** A bound sent as a JSON number or as numeric text; null when absent or blank. */
    public static Double seconds(Object raw, String name) {
        if (raw == null || raw instanceof String text && text.isBlank()) {
            return null;
        }
        double value;
        if (raw instanceof Number number) {
            value = number.doubleValue();
        } else if (raw instanceof String text) {
            value = parsed(text, name);
        } else {
            throw notANumber(name);
        }
        // written so that NaN fails too
        if (!(value >= 0 && value <= LONGEST_SECONDS)) {
            throw ApiException.badRequest(name + " must be from 0 to " + (long) LONGEST_SECONDS + " seconds");
        }
        return value;
    }

    /** A bound that must be sent. */
    public static double required(Object raw, String name) {
        Double value = seconds(raw, name);
        if (value == null) {
            throw ApiException.badRequest(name + " is required (seconds from the start of the video)");
        }
        return value;
    }

    /** Refuses an end before its start; {@code endName} and {@code startName} are how the message names them. */
    public static void ordered(double start, double end, String endName, String startName) {
        if (end < start) {
            throw ApiException.badRequest(endName + " must not be before " + startName);
        }
    }

    private static double parsed(String text, String name) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException notANumber) {
            throw notANumber(name);
        }
    }

    private static ApiException notANumber(String name) {
        return ApiException.badRequest(name + " must be a number of seconds");
    }
}
