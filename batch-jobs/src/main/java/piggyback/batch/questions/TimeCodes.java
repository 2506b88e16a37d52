package piggyback.batch.questions;

import java.util.Objects;

/** Time codes of the frame manifest: {@code H:M:S}, {@code M:S} or {@code S}. */
public final class TimeCodes {

    private TimeCodes() {
    }

    /** Seconds of a time code; a code that is not one gives 0, as in the reference. */
    public static int toSeconds(String code) {
        Objects.requireNonNull(code, "a time code is required");
        String[] parts = code.split(":", -1);
        if (parts.length > 3) {
            return 0;
        }
        int seconds = 0;
        for (String part : parts) {
            try {
                seconds = seconds * 60 + Integer.parseInt(part.trim());
            } catch (NumberFormatException notANumber) {
                return 0;
            }
        }
        return seconds;
    }

    /** {@code MM:SS} of a second, e.g. 75 → {@code 01:15} (the manifest's Time_Formatted). */
    public static String format(int second) {
        return String.format("%02d:%02d", second / 60, second % 60);
    }
}
