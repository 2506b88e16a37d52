package piggyback.api.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The session store in front of Spring Session JDBC: a session is written back only when the
 * request changed it (sign-in, attributes, id, timeout) or when its last access moved by at least
 * {@code accessResolution}. Spring Session otherwise updates the row on every request, a database
 * write (and commit) per API call; the idle timeout of hours loses nothing by recording the last
 * access to the minute. Reads still go to MySQL on every request, so instances share sessions and
 * a session ended on one instance is ended on all. A read is one statement and needs no
 * transaction (Spring Session's own would cost three more round trips); writes, a session row and
 * its attributes, run in a transaction of their own here.
 */
final class SessionsWrittenWhenChanged<S extends Session>
        implements FindByIndexNameSessionRepository<SessionsWrittenWhenChanged.TrackedSession<S>> {

    private final FindByIndexNameSessionRepository<S> store;
    private final Duration accessResolution;
    private final TransactionOperations writes;

    SessionsWrittenWhenChanged(FindByIndexNameSessionRepository<S> store, Duration accessResolution,
                               TransactionOperations writes) {
        this.store = store;
        this.accessResolution = accessResolution;
        this.writes = writes;
    }

    @Override
    public TrackedSession<S> createSession() {
        TrackedSession<S> session = new TrackedSession<>(store.createSession());
        session.changed = true;
        return session;
    }

    @Override
    public void save(TrackedSession<S> session) {
        Duration sinceRecorded = Duration.between(session.recordedAccess, session.session.getLastAccessedTime());
        if (session.changed || sinceRecorded.compareTo(accessResolution) >= 0) {
            writes.executeWithoutResult(status -> store.save(session.session));
            session.changed = false;
            session.recordedAccess = session.session.getLastAccessedTime();
        }
    }

    @Override
    public TrackedSession<S> findById(String id) {
        S session = store.findById(id);
        return session == null ? null : new TrackedSession<>(session);
    }

    @Override
    public void deleteById(String id) {
        writes.executeWithoutResult(status -> store.deleteById(id));
    }

    @Override
    public Map<String, TrackedSession<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, TrackedSession<S>> found = new LinkedHashMap<>();
        store.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, session) -> found.put(id, new TrackedSession<>(session)));
        return found;
    }

    /** A stored session that remembers whether anything but its last access changed. */
    static final class TrackedSession<S extends Session> implements Session {

        private final S session;
        private boolean changed;
        private Instant recordedAccess;

        private TrackedSession(S session) {
            this.session = session;
            this.recordedAccess = session.getLastAccessedTime();
        }

        @Override
        public String getId() {
            return session.getId();
        }

        @Override
        public String changeSessionId() {
            changed = true;
            return session.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String name) {
            return session.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return session.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            changed = true;
            session.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            changed = true;
            session.removeAttribute(name);
        }

        @Override
        public Instant getCreationTime() {
            return session.getCreationTime();
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            session.setLastAccessedTime(lastAccessedTime);
        }

        @Override
        public Instant getLastAccessedTime() {
            return session.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            changed = true;
            session.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return session.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return session.isExpired();
        }
    }
}
