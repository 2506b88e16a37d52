package piggyback.storage.audit;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import piggyback.storage.UtcTime;

/** Append-only record of admin actions. */
@Repository
public class AuditLog {

    private static final int DETAIL_LIMIT = 2000;

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String actorRole, String actorId, String action, String targetKind, String targetId,
                       String detail, String clientIp) {
        String boundedDetail = detail != null && detail.length() > DETAIL_LIMIT ? detail.substring(0, DETAIL_LIMIT) : detail;
        jdbc.sql("""
                INSERT INTO audit_log (at, actor_role, actor_id, action, target_kind, target_id, detail, client_ip)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UtcTime.now(), actorRole, actorId, action, targetKind, targetId, boundedDetail, clientIp)
                .update();
    }

    /**
     * Keeps the entries about an erased target but forgets which one it was and what they said of
     * it: the record of what was done stays, nothing about the person does.
     */
    public int forgetTarget(String targetKind, String targetId) {
        return jdbc.sql("UPDATE audit_log SET target_id = NULL, detail = NULL WHERE target_kind = ? AND target_id = ?")
                .params(targetKind, targetId).update();
    }

    /** The newest entries first. */
    public List<AuditEntry> recent(int limit) {
        return jdbc.sql("SELECT * FROM audit_log ORDER BY id DESC LIMIT ?").param(limit)
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getObject("at", LocalDateTime.class),
                        rs.getString("actor_role"), rs.getString("actor_id"), rs.getString("action"),
                        rs.getString("target_kind"), rs.getString("target_id"), rs.getString("detail"),
                        rs.getString("client_ip")))
                .list();
    }
}
