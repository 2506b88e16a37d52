package piggyback.storage;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Rows keep times as UTC {@code DATETIME(6)}; this is the one place that makes and prints them. */
public final class UtcTime {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private UtcTime() {
    }

    /**
     * Now in UTC, in whole seconds: mysql-connector-j sends no fractions to MariaDB (which it
     * takes for MySQL 5.5), so whole seconds read back the same from MariaDB and MySQL 8.
     */
    public static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }

    /** ISO-8601 with the UTC offset, e.g. {@code 2026-03-22T12:34:56+00:00} (docs/api-contract.md#conventions). */
    public static String iso(LocalDateTime utc) {
        return utc == null ? null : ISO.format(utc) + "+00:00";
    }
}
