package piggyback.api.expert.review;

/** The reference's {@code parse_rank}: models and pages send 1, 1.0 or "1". */
final class Ranks {

    private Ranks() {
    }

    /**
     * null → null; a boolean → 0/1; a number → truncated; text → trimmed, empty → null, else an
     * integer, else a float truncated, else null.
     */
    static Integer parse(Object raw) {
        if (raw == null) {
            return null;
        }
        if (raw instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (raw instanceof Number n) {
            return clamp(n.doubleValue());
        }
        String text = String.valueOf(raw).trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException notInteger) {
            try {
                return clamp(Double.parseDouble(text));
            } catch (NumberFormatException notNumber) {
                return null;
            }
        }
    }

    private static Integer clamp(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value) || Math.abs(value) > Integer.MAX_VALUE) {
            return null;
        }
        return (int) value;
    }
}
