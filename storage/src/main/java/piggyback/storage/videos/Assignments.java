package piggyback.storage.videos;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import piggyback.storage.UtcTime;

/** Which experts review which videos (video_expert_assignments). */
@Repository
public class Assignments {

    private static final String SELECT = """
            SELECT a.video_id, a.expert_id, a.assignment_source, a.assigned_at, a.updated_at,
                   e.display_name AS expert_name
            FROM video_expert_assignments a JOIN experts e ON e.expert_id = a.expert_id""";
    private static final RowMapper<Assignment> ROW = (rs, n) -> new Assignment(
            rs.getString("video_id"), rs.getString("expert_id"), rs.getString("assignment_source"),
            rs.getObject("assigned_at", LocalDateTime.class), rs.getObject("updated_at", LocalDateTime.class),
            rs.getString("expert_name"));

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Assignments(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Adds or refreshes an assignment; an existing one keeps its {@code assigned_at}. */
    public void assign(String videoId, String expertId, String source) {
        LocalDateTime now = UtcTime.now();
        jdbc.sql("""
                INSERT INTO video_expert_assignments (video_id, expert_id, assignment_source, assigned_at, updated_at)
                VALUES (?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE assignment_source = VALUES(assignment_source), updated_at = VALUES(updated_at)""")
                .params(videoId, expertId, source, now, now).update();
        events.publishEvent(new VideoAccessChanged());
    }

    public boolean remove(String videoId, String expertId) {
        boolean removed = jdbc.sql("DELETE FROM video_expert_assignments WHERE video_id = ? AND expert_id = ?")
                .params(videoId, expertId).update() == 1;
        events.publishEvent(new VideoAccessChanged());
        return removed;
    }

    public boolean isAssigned(String videoId, String expertId) {
        return jdbc.sql("SELECT COUNT(*) FROM video_expert_assignments WHERE video_id = ? AND expert_id = ?")
                .params(videoId, expertId).query(Integer.class).single() > 0;
    }

    public List<Assignment> ofVideo(String videoId) {
        return jdbc.sql(SELECT + " WHERE a.video_id = ? ORDER BY a.expert_id").param(videoId).query(ROW).list();
    }

    public List<Assignment> all() {
        return jdbc.sql(SELECT + " ORDER BY a.video_id, a.expert_id").query(ROW).list();
    }

    /** The ids of the videos assigned to an expert, in id order. */
    public Set<String> videoIdsOf(String expertId) {
        return new TreeSet<>(jdbc.sql("SELECT video_id FROM video_expert_assignments WHERE expert_id = ?")
                .param(expertId).query(String.class).list());
    }

    /** Whether the video is assigned to the expert of one of this parent's active children. */
    public boolean reachesActiveChildOfParent(String videoId, String parentId) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM video_expert_assignments a
                                       JOIN children c ON c.expert_id = a.expert_id
                                       WHERE a.video_id = ? AND c.parent_id = ? AND c.is_active)""")
                .params(videoId, parentId).query(Boolean.class).single();
    }

    /** Whether the video is assigned to this expert and it has an active child without a parent. */
    public boolean reachesActiveChildWithoutParentOf(String videoId, String expertId) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM video_expert_assignments a
                                       JOIN children c ON c.expert_id = a.expert_id
                                       WHERE a.video_id = ? AND a.expert_id = ? AND c.parent_id IS NULL
                                         AND c.is_active)""")
                .params(videoId, expertId).query(Boolean.class).single();
    }
}
