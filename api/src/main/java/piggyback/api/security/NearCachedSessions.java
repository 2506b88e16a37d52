package piggyback.api.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.Session;
import org.springframework.transaction.support.TransactionOperations;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The session store in front of Spring Session JDBC, which would otherwise read a session row
 * (and deserialize its security context) and write it back on every request.
 * <ul>
 * <li>Reads: a session read from MySQL is kept in memory for {@code trustFor}. Every write and
 * delete through this instance drops the kept copy after it commits, and a read in flight for
 * the same id finishes first (Caffeine's per-key compute), so this instance never serves a
 * session it has changed or ended. A session ended through another instance of the API is
 * still honoured here until its kept copy expires.</li>
 * <li>Writes: a session is written back only when the request changed it (sign-in, attributes,
 * id, timeout) or when its last access moved by at least {@code accessResolution}; the idle
 * timeout of hours loses nothing by recording the last access to the minute. A request that
 * changes a kept copy first loads the stored session, so changes are always made to what
 * MySQL holds; a session deleted meanwhile is not brought back.</li>
 * <li>Reads are one statement and need no transaction (Spring Session's own would cost three
 * more round trips); writes, a session row and its attributes, run in a transaction of their
 * own.</li>
 * </ul>
 */
final class NearCachedSessions<S extends Session>
        implements FindByIndexNameSessionRepository<NearCachedSessions.KeptSession<S>> {

    private final FindByIndexNameSessionRepository<S> store;
    private final Duration accessResolution;
    private final TransactionOperations writes;
    /** Sessions as stored: never handed out, only copied. */
    private final Cache<String, MapSession> kept;

    NearCachedSessions(FindByIndexNameSessionRepository<S> store, Duration accessResolution, Duration trustFor,
                       TransactionOperations writes) {
        this.store = store;
        this.accessResolution = accessResolution;
        this.writes = writes;
        this.kept = Caffeine.newBuilder().expireAfterWrite(trustFor).maximumSize(100_000).build();
    }

    @Override
    public KeptSession<S> createSession() {
        KeptSession<S> session = new KeptSession<>(store, store.createSession(), null);
        session.changed = true;
        return session;
    }

    @Override
    public void save(KeptSession<S> session) {
        Duration sinceRecorded = Duration.between(session.recordedAccess, session.getLastAccessedTime());
        if (!session.changed && sinceRecorded.compareTo(accessResolution) < 0) {
            return;
        }
        S stored = session.stored();
        if (stored != null) {
            writes.executeWithoutResult(status -> store.save(stored));
            session.changed = false;
            session.recordedAccess = stored.getLastAccessedTime();
        }
        kept.invalidate(session.loadedId);
        kept.invalidate(session.getId());
    }

    @Override
    public KeptSession<S> findById(String id) {
        MapSession found = kept.get(id, this::load);
        if (found == null) {
            return null;
        }
        if (found.isExpired()) {
            // the store deletes it and says so
            kept.invalidate(id);
            S expired = store.findById(id);
            return expired == null ? null : new KeptSession<>(store, expired, null);
        }
        return new KeptSession<>(store, null, new MapSession(found));
    }

    private MapSession load(String id) {
        S stored = store.findById(id);
        return stored == null ? null : new MapSession(stored);
    }

    @Override
    public void deleteById(String id) {
        writes.executeWithoutResult(status -> store.deleteById(id));
        kept.invalidate(id);
    }

    @Override
    public Map<String, KeptSession<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, KeptSession<S>> found = new LinkedHashMap<>();
        store.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, session) -> found.put(id, new KeptSession<>(store, session, null)));
        return found;
    }

    /**
     * A session for one request: a copy of the kept session until the request changes it, then
     * the stored session itself. It remembers whether anything but its last access changed.
     */
    static final class KeptSession<S extends Session> implements Session {

        private final FindByIndexNameSessionRepository<S> store;
        private final String loadedId;
        private final MapSession copy;
        private S stored;
        private boolean changed;
        private Instant recordedAccess;

        private KeptSession(FindByIndexNameSessionRepository<S> store, S stored, MapSession copy) {
            this.store = store;
            this.stored = stored;
            this.copy = copy;
            Session current = current();
            this.loadedId = current.getId();
            this.recordedAccess = current.getLastAccessedTime();
        }

        private Session current() {
            return stored != null ? stored : copy;
        }

        /** The stored session, loaded on first need; null when it was deleted meanwhile. */
        private S stored() {
            if (stored == null) {
                S loaded = store.findById(copy.getId());
                if (loaded == null) {
                    return null;
                }
                loaded.setLastAccessedTime(copy.getLastAccessedTime());
                stored = loaded;
            }
            return stored;
        }

        /** The session a change goes to: the stored one, or the copy when it is gone (and then never saved). */
        private Session changing() {
            changed = true;
            S target = stored();
            return target != null ? target : copy;
        }

        @Override
        public String getId() {
            return current().getId();
        }

        @Override
        public String changeSessionId() {
            return changing().changeSessionId();
        }

        @Override
        public <T> T getAttribute(String name) {
            return current().getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return current().getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            changing().setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            changing().removeAttribute(name);
        }

        @Override
        public Instant getCreationTime() {
            return current().getCreationTime();
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            current().setLastAccessedTime(lastAccessedTime);
        }

        @Override
        public Instant getLastAccessedTime() {
            return current().getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            changing().setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return current().getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return current().isExpired();
        }
    }
}
