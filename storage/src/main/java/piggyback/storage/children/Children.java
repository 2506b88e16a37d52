package piggyback.storage.children;

import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import piggyback.storage.UtcTime;
import piggyback.storage.videos.VideoAccessChanged;

/** The children table, joined with the names of each child's expert and parent. */
@Repository
public class Children {

    /** Random 6-digit ids (the reference's, so ids look alike), up to 60 tries before giving up. */
    static final int ID_ATTEMPTS = 60;

    private static final String SELECT = """
            SELECT c.child_id, c.expert_id, c.parent_id, c.first_name, c.last_name, c.icon_key,
                   c.interaction_mode, c.is_active, c.created_at, c.updated_at,
                   e.display_name AS expert_name, p.display_name AS parent_name
            FROM children c
            LEFT JOIN experts e ON e.expert_id = c.expert_id
            LEFT JOIN parents p ON p.parent_id = c.parent_id""";
    // The reference's list order; unlinked children (NULL expert) come first, as in the reference.
    private static final String ORDER = " ORDER BY LOWER(c.expert_id), LOWER(c.last_name), LOWER(c.first_name), c.child_id";
    private static final RowMapper<Child> ROW = (rs, n) -> new Child(
            rs.getString("child_id"), rs.getString("expert_id"), rs.getString("parent_id"),
            rs.getString("first_name"), rs.getString("last_name"), rs.getString("icon_key"),
            rs.getString("interaction_mode"), rs.getBoolean("is_active"),
            rs.getObject("created_at", LocalDateTime.class), rs.getObject("updated_at", LocalDateTime.class),
            rs.getString("expert_name"), rs.getString("parent_name"));

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();

    Children(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public List<Child> list(ChildFilter filter) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (filter.expertId() != null) {
            where.add("c.expert_id = ?");
            params.add(filter.expertId());
        }
        if (filter.parentId() != null) {
            where.add("c.parent_id = ?");
            params.add(filter.parentId());
        }
        if (!filter.includeInactive()) {
            where.add("c.is_active");
        }
        String sql = SELECT + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + ORDER;
        return jdbc.sql(sql).params(params).query(ROW).list();
    }

    /** Active children a learner may pick after an expert's class code: linked to it and with no parent. */
    public List<Child> activeWithoutParentOf(String expertId) {
        return jdbc.sql(SELECT + " WHERE c.expert_id = ? AND c.parent_id IS NULL AND c.is_active" + ORDER)
                .param(expertId).query(ROW).list();
    }

    public Optional<Child> find(String childId) {
        return jdbc.sql(SELECT + " WHERE c.child_id = ?").param(childId).query(ROW).optional();
    }

    /** Inserts with a fresh random 6-digit id, retrying on the rare collision. */
    public Child insert(NewChild child) {
        LocalDateTime now = UtcTime.now();
        for (int attempt = 0; attempt < ID_ATTEMPTS; attempt++) {
            String id = "%06d".formatted(random.nextInt(1_000_000));
            try {
                jdbc.sql("""
                        INSERT INTO children (child_id, expert_id, parent_id, first_name, last_name, icon_key,
                                              interaction_mode, is_active, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?)""")
                        .params(id, child.expertId(), child.parentId(), child.firstName(), child.lastName(),
                                child.iconKey(), child.interactionMode(), now, now)
                        .update();
                events.publishEvent(new VideoAccessChanged());
                return find(id).orElseThrow();
            } catch (DuplicateKeyException collision) {
                // another child has this id: draw again
            }
        }
        throw new IllegalStateException("child_id_generation_failed");
    }

    /** Applies the changes and refreshes {@code updated_at}; false when the child is unknown. */
    public boolean update(String childId, ChildChanges changes) {
        List<String> set = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        assign(set, params, "first_name", changes.firstName());
        assign(set, params, "last_name", changes.lastName());
        assign(set, params, "icon_key", changes.iconKey());
        assign(set, params, "interaction_mode", changes.interactionMode());
        assign(set, params, "is_active", changes.active());
        if (changes.expert() != null) {
            set.add("expert_id = ?");
            params.add(changes.expert().id());
        }
        if (changes.parent() != null) {
            set.add("parent_id = ?");
            params.add(changes.parent().id());
        }
        set.add("updated_at = ?");
        params.add(UtcTime.now());
        params.add(childId);
        boolean updated = jdbc.sql("UPDATE children SET " + String.join(", ", set) + " WHERE child_id = ?")
                .params(params).update() == 1;
        events.publishEvent(new VideoAccessChanged());
        return updated;
    }

    public boolean delete(String childId) {
        boolean deleted = jdbc.sql("DELETE FROM children WHERE child_id = ?").param(childId).update() == 1;
        events.publishEvent(new VideoAccessChanged());
        return deleted;
    }

    private static void assign(List<String> set, List<Object> params, String column, Object value) {
        if (value != null) {
            set.add(column + " = ?");
            params.add(value);
        }
    }
}
