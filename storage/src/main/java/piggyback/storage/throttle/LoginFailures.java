package piggyback.storage.throttle;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import piggyback.storage.Digests;
import piggyback.storage.UtcTime;

/**
 * Failed-login counters, in MySQL so every API instance sees the same counts. Keys are hashed: no
 * address, account or typed code is kept in clear.
 */
@Repository
public class LoginFailures {

    private final JdbcClient jdbc;

    LoginFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How long the key is still blocked, if it is. */
    public Optional<Duration> blockedFor(String key) {
        LocalDateTime now = UtcTime.now();
        return jdbc.sql("SELECT blocked_until FROM login_failures WHERE throttle_key = ?")
                .param(Digests.sha256(key)).query(LocalDateTime.class).optional()
                .filter(until -> until != null && until.isAfter(now))
                .map(until -> Duration.between(now, until));
    }

    /**
     * A budget: counts one failure; once {@code limit} failures fall inside {@code window} the key
     * is blocked for {@code block}, and counting starts again.
     */
    @Transactional
    public void recordFailure(String key, int limit, Duration window, Duration block) {
        String hashed = row(key);
        LocalDateTime now = UtcTime.now();
        // a window that has run out starts again from this failure
        jdbc.sql("""
                UPDATE login_failures
                SET failures = CASE WHEN window_started_at <= ? THEN 1 ELSE failures + 1 END,
                    window_started_at = CASE WHEN window_started_at <= ? THEN ? ELSE window_started_at END,
                    last_failure_at = ?
                WHERE throttle_key = ?""")
                .params(now.minus(window), now.minus(window), now, now, hashed).update();
        jdbc.sql("UPDATE login_failures SET blocked_until = ?, failures = 0, window_started_at = ?"
                        + " WHERE throttle_key = ? AND failures >= ?")
                .params(now.plus(block), now, hashed, limit).update();
    }

    /**
     * A back-off: counts one failure in a row; from the {@code free}-th on, the key is blocked for
     * {@code first}, doubled with each further failure up to {@code longest}. Failures in a row are
     * forgotten {@code forgetAfter} after the last one.
     */
    @Transactional
    public void recordStrike(String key, int free, Duration first, Duration longest, Duration forgetAfter) {
        String hashed = row(key);
        LocalDateTime now = UtcTime.now();
        jdbc.sql("""
                UPDATE login_failures
                SET failures = CASE WHEN last_failure_at IS NULL OR last_failure_at <= ? THEN 1 ELSE failures + 1 END,
                    last_failure_at = ?
                WHERE throttle_key = ?""").params(now.minus(forgetAfter), now, hashed).update();
        int failures = jdbc.sql("SELECT failures FROM login_failures WHERE throttle_key = ?").param(hashed)
                .query(Integer.class).single();
        if (failures >= free) {
            int doublings = Math.min(failures - free, 30);
            Duration block = first.multipliedBy(1L << doublings);
            jdbc.sql("UPDATE login_failures SET blocked_until = ? WHERE throttle_key = ?")
                    .params(now.plus(block.compareTo(longest) > 0 ? longest : block), hashed).update();
        }
    }

    public void clear(String key) {
        jdbc.sql("DELETE FROM login_failures WHERE throttle_key = ?").param(Digests.sha256(key)).update();
    }

    /** Deletes the rows that block nothing and whose last failure is older than {@code forgetAfter}; returns how many. */
    public int deleteExpired(Duration forgetAfter) {
        LocalDateTime now = UtcTime.now();
        return jdbc.sql("""
                DELETE FROM login_failures
                WHERE (blocked_until IS NULL OR blocked_until <= ?)
                  AND COALESCE(last_failure_at, window_started_at) <= ?""")
                .params(now, now.minus(forgetAfter)).update();
    }

    /** The key's row, made when missing; returns its hashed key. */
    private String row(String key) {
        String hashed = Digests.sha256(key);
        jdbc.sql("""
                INSERT INTO login_failures (throttle_key, failures, window_started_at, blocked_until)
                VALUES (?, 0, ?, NULL)
                ON DUPLICATE KEY UPDATE throttle_key = throttle_key""").params(hashed, UtcTime.now()).update();
        return hashed;
    }
}
