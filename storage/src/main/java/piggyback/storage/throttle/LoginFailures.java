package piggyback.storage.throttle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import piggyback.storage.UtcTime;

/**
 * Failed-login counters per client and per account, in MySQL so every API instance sees the
 * same counts. Keys are hashed: no address or typed code is kept in clear.
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
                .param(hash(key)).query(LocalDateTime.class).optional()
                .filter(until -> until != null && until.isAfter(now))
                .map(until -> Duration.between(now, until));
    }

    /**
     * Counts one failure; once {@code limit} failures fall inside {@code window} the key is
     * blocked for {@code block}.
     */
    @Transactional
    public void recordFailure(String key, int limit, Duration window, Duration block) {
        String hashed = hash(key);
        LocalDateTime now = UtcTime.now();
        jdbc.sql("""
                INSERT INTO login_failures (throttle_key, failures, window_started_at, blocked_until)
                VALUES (?, 0, ?, NULL)
                ON DUPLICATE KEY UPDATE throttle_key = throttle_key""").params(hashed, now).update();
        // a window that has run out starts again from this failure
        jdbc.sql("""
                UPDATE login_failures
                SET failures = CASE WHEN window_started_at <= ? THEN 1 ELSE failures + 1 END,
                    window_started_at = CASE WHEN window_started_at <= ? THEN ? ELSE window_started_at END
                WHERE throttle_key = ?""")
                .params(now.minus(window), now.minus(window), now, hashed).update();
        jdbc.sql("UPDATE login_failures SET blocked_until = ?, failures = 0, window_started_at = ?"
                        + " WHERE throttle_key = ? AND failures >= ?")
                .params(now.plus(block), now, hashed, limit).update();
    }

    public void clear(String key) {
        jdbc.sql("DELETE FROM login_failures WHERE throttle_key = ?").param(hash(key)).update();
    }

    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
