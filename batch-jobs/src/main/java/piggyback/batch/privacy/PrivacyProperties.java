package piggyback.batch.privacy;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long children's data is kept ({@code piggyback.privacy}).
 *
 * @param retention  quiz attempts (with their answers and grades) older than this are deleted
 * @param purgeCron  when the daily purge runs (Quartz cron, UTC)
 * @param chunkSize  attempts deleted per transaction
 */
@ConfigurationProperties("piggyback.privacy")
public record PrivacyProperties(Duration retention, String purgeCron, int chunkSize) {

    public PrivacyProperties {
        retention = retention == null ? Duration.ofDays(365) : retention;
        purgeCron = purgeCron == null || purgeCron.isBlank() ? "0 30 3 * * ?" : purgeCron;
        chunkSize = chunkSize <= 0 ? 500 : chunkSize;
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("piggyback.privacy.retention must be positive, not " + retention);
        }
    }
}
