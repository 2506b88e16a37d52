package piggyback.storage.experts;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import piggyback.storage.UtcTime;

/** The experts table. Ids arrive already normalised (trimmed, lower-case). */
@Repository
public class Experts {

    private static final String COLUMNS = "expert_id, display_name, is_active, created_at, updated_at";
    private static final RowMapper<Expert> ROW = (rs, n) -> new Expert(
            rs.getString("expert_id"), rs.getString("display_name"), rs.getBoolean("is_active"),
            rs.getObject("created_at", LocalDateTime.class), rs.getObject("updated_at", LocalDateTime.class));

    private final JdbcClient jdbc;

    Experts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Expert> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM experts ORDER BY expert_id").query(ROW).list();
    }

    public Optional<Expert> find(String expertId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM experts WHERE expert_id = ?")
                .param(expertId).query(ROW).optional();
    }

    public boolean exists(String expertId) {
        return find(expertId).isPresent();
    }

    /** The stored PBKDF2 hash of an active expert, for the id + password login. */
    public Optional<String> activePasswordHash(String expertId) {
        return jdbc.sql("SELECT password_hash FROM experts WHERE expert_id = ? AND is_active")
                .param(expertId).query(String.class).optional();
    }

    public Expert insert(String expertId, String displayName, String passwordHash) {
        LocalDateTime now = UtcTime.now();
        jdbc.sql("""
                INSERT INTO experts (expert_id, display_name, password_hash, is_active, created_at, updated_at)
                VALUES (?, ?, ?, TRUE, ?, ?)""")
                .params(expertId, displayName, passwordHash, now, now).update();
        return new Expert(expertId, displayName, true, now, now);
    }

    /** Changes the given fields (null = keep) and refreshes {@code updated_at}; false when unknown. */
    public boolean update(String expertId, String displayName, String passwordHash, Boolean active) {
        return jdbc.sql("""
                UPDATE experts SET display_name = COALESCE(?, display_name),
                                   password_hash = COALESCE(?, password_hash),
                                   is_active = COALESCE(?, is_active),
                                   updated_at = ?
                WHERE expert_id = ?""")
                .params(displayName, passwordHash, active, UtcTime.now(), expertId).update() == 1;
    }

    /** Hard delete: children are unlinked and codes removed by the foreign keys. */
    public boolean delete(String expertId) {
        return jdbc.sql("DELETE FROM experts WHERE expert_id = ?").param(expertId).update() == 1;
    }
}
