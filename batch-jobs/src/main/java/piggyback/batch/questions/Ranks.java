package piggyback.batch.questions;

import java.math.BigDecimal;

import tools.jackson.databind.JsonNode;

/** Ranks read leniently, the reference's {@code parse_rank}: models send 1, 1.0 or "1". */
public final class Ranks {

    private Ranks() {
    }

    /** A rank from a JSON reply. */
    public static Integer parse(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.asBoolean() ? 1 : 0;
        }
        if (value.isNumber()) {
            return truncated(value.decimalValue());
        }
        if (value.isString()) {
            return parse(value.asString());
        }
        return null;
    }

    /** null → null; true/false → 1/0; a number → truncated; text → an integer or a truncated decimal, else null. */
    public static Integer parse(Object value) {
        if (value instanceof Boolean flag) {
            return flag ? 1 : 0;
        }
        if (value instanceof Number number) {
            return number instanceof BigDecimal decimal ? truncated(decimal) : parse(number.toString());
        }
        return value instanceof String text ? parse(text) : null;
    }

    public static Integer parse(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        try {
            return Integer.parseInt(trimmed);
        } catch (NumberFormatException notAnInteger) {
            try {
                return truncated(new BigDecimal(trimmed));
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }
    }

    private static Integer truncated(BigDecimal number) {
        try {
            return number.setScale(0, java.math.RoundingMode.DOWN).intValueExact();
        } catch (ArithmeticException tooLarge) {
            return null;
        }
    }
}
