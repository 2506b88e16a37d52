package piggyback.storage.parents;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import piggyback.storage.UtcTime;

/** The parents table. Ids arrive already normalised (trimmed, lower-case). */
@Repository
public class Parents {

    private static final String COLUMNS = "p.parent_id, p.display_name, p.is_active, p.created_at, p.updated_at";
    private static final RowMapper<Parent> ROW = (rs, n) -> new Parent(
            rs.getString("parent_id"), rs.getString("display_name"), rs.getBoolean("is_active"),
            rs.getObject("created_at", LocalDateTime.class), rs.getObject("updated_at", LocalDateTime.class));

    private final JdbcClient jdbc;

    Parents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Parent> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM parents p ORDER BY p.parent_id").query(ROW).list();
    }

    public Optional<Parent> find(String parentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM parents p WHERE p.parent_id = ?")
                .param(parentId).query(ROW).optional();
    }

    /** Parents with at least one active child linked to this expert (the expert's "managed" parents). */
    public List<Parent> withActiveChildrenOf(String expertId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM parents p WHERE EXISTS ("
                        + " SELECT 1 FROM children c WHERE c.parent_id = p.parent_id"
                        + " AND c.expert_id = ? AND c.is_active) ORDER BY p.parent_id")
                .param(expertId).query(ROW).list();
    }

    public Parent insert(String parentId, String displayName) {
        LocalDateTime now = UtcTime.now();
        jdbc.sql("""
                INSERT INTO parents (parent_id, display_name, is_active, created_at, updated_at)
                VALUES (?, ?, TRUE, ?, ?)""")
                .params(parentId, displayName, now, now).update();
        return new Parent(parentId, displayName, true, now, now);
    }

    /** Changes the given fields (null = keep) and refreshes {@code updated_at}; false when unknown. */
    public boolean update(String parentId, String displayName, Boolean active) {
        return jdbc.sql("""
                UPDATE parents SET display_name = COALESCE(?, display_name),
                                   is_active = COALESCE(?, is_active),
                                   updated_at = ?
                WHERE parent_id = ?""")
                .params(displayName, active, UtcTime.now(), parentId).update() == 1;
    }

    /** The password hash of an active parent that has a password. */
    public Optional<String> activePasswordHash(String parentId) {
        return jdbc.sql("SELECT password_hash FROM parents WHERE parent_id = ? AND is_active AND password_hash IS NOT NULL")
                .param(parentId).query(String.class).optional();
    }

    public boolean hasPassword(String parentId) {
        return jdbc.sql("SELECT COUNT(*) FROM parents WHERE parent_id = ? AND password_hash IS NOT NULL")
                .param(parentId).query(Integer.class).single() > 0;
    }

    /** Sets the parents' page password (already hashed); false when the parent is unknown. */
    public boolean setPasswordHash(String parentId, String passwordHash) {
        return jdbc.sql("UPDATE parents SET password_hash = ?, updated_at = ? WHERE parent_id = ?")
                .params(passwordHash, UtcTime.now(), parentId).update() == 1;
    }

    /** Hard delete: children are unlinked from the parent and its code removed by the foreign keys. */
    public boolean delete(String parentId) {
        return jdbc.sql("DELETE FROM parents WHERE parent_id = ?").param(parentId).update() == 1;
    }
}
