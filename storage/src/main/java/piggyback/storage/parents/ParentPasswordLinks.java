package piggyback.storage.parents;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import piggyback.storage.UtcTime;
import piggyback.storage.Digests;

/**
 * One-time links that let a parent choose the parents' page password. The token is 256 random
 * bits; the table keeps only its SHA-256, and a token works once, before it expires.
 */
@Repository
public class ParentPasswordLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    ParentPasswordLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new token for the parent; earlier tokens of the parent stop working. */
    @Transactional
    public String issue(String parentId, Duration validFor) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        LocalDateTime now = UtcTime.now();
        jdbc.sql("DELETE FROM parent_password_links WHERE parent_id = ?").param(parentId).update();
        jdbc.sql("INSERT INTO parent_password_links (token_digest, parent_id, created_at, expires_at) VALUES (?, ?, ?, ?)")
                .params(Digests.sha256(token), parentId, now, now.plus(validFor)).update();
        return token;
    }

    /** Uses the token up: the parent it was for, when it is known and has not expired. */
    @Transactional
    public Optional<String> redeem(String token) {
        String digest = Digests.sha256(token);
        Optional<String> parentId = jdbc.sql(
                        "SELECT parent_id FROM parent_password_links WHERE token_digest = ? AND expires_at > ? FOR UPDATE")
                .params(digest, UtcTime.now()).query(String.class).optional();
        jdbc.sql("DELETE FROM parent_password_links WHERE token_digest = ?").param(digest).update();
        return parentId;
    }

    /** Drops links that expired unused; returns how many. */
    public int deleteExpired() {
        return jdbc.sql("DELETE FROM parent_password_links WHERE expires_at <= ?").param(UtcTime.now()).update();
    }
}
