package piggyback.api.admin.videos;

/** Durations as the reference's admin page prints them: HH:MM:SS from one hour, else MM:SS. */
public final class Durations {

    private Durations() {
    }

    /** Null when the duration is unknown or zero, as the reference's falsy check. */
    public static String formatted(Double seconds) {
        if (seconds == null || seconds <= 0) {
            return null;
        }
        long total = (long) Math.floor(seconds);
        long hours = total / 3600;
        long minutes = total % 3600 / 60;
        long rest = total % 60;
        return hours > 0 ? "%02d:%02d:%02d".formatted(hours, minutes, rest) : "%02d:%02d".formatted(minutes, rest);
    }
}
