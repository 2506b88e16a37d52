package piggyback.storage.sessions;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Spring Session's tables, for the retention job: sessions past their expiry go for good. */
@Repository
public class StoredSessions {

    private final JdbcClient jdbc;

    StoredSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Deletes the sessions whose expiry has passed (their attributes cascade); returns how many. */
    public int deleteExpired() {
        return jdbc.sql("DELETE FROM SPRING_SESSION WHERE EXPIRY_TIME < ?").param(System.currentTimeMillis()).update();
    }
}
