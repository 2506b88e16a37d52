package piggyback.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

import piggyback.api.ApiClient;
import piggyback.api.ApiTest;

/**
 * Sessions are read from memory between changes, and written back only when they changed or
 * their last access moved a minute.
 */
class NearCachedSessionsTest extends ApiTest {

    /** The session store the application uses (Boot's JDBC store, behind ours). */
    @Autowired
    FindByIndexNameSessionRepository<?> sessions;

    @Autowired
    ObjectProvider<TransactionTemplate> transactionTemplate;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Test
    void theTransactionlessOperationsOfTheSessionStoreDoNotReplaceBootsTransactionTemplate() {
        assertThat(transactionTemplate.getIfUnique()).isNotNull();
        Boolean inTransaction = transactionTemplate.getObject().execute(status -> status.isNewTransaction());
        assertThat(inTransaction).isTrue();
    }

    @Test
    void requestsThatChangeNothingDoNotWriteTheSessionRow() {
        ApiClient admin = admin();
        String id = sessionId(admin);
        long signedIn = lastAccess(id);

        admin.get("/api/admin/experts").expect(200);
        admin.get("/api/admin/experts").expect(200);

        assertThat(lastAccess(id)).isEqualTo(signedIn);
        assertThat(count("SPRING_SESSION")).isPositive();
    }

    @Test
    void aSessionEndedThroughThisInstanceEndsAtOnceThoughItWasKeptInMemory() {
        ApiClient expert = expert(newExpert("near-cache-pass"), "near-cache-pass");
        ApiClient sameCookie = expert.withSameCookie();
        String id = sessionId(expert);
        expert.get("/api/expert/videos").expect(200);
        expert.get("/api/expert/videos").expect(200);

        expert.postJson("/api/expert/logout", Map.of()).expect(200);

        sameCookie.get("/api/expert/videos").expect(401);
        assertThat(rows(id)).isZero();
    }

    @Test
    void theStoreIsTheDefaultOneWithThisInstancesSettings() {
        assertThat(sessions).isInstanceOf(NearCachedSessions.class);
        saveThrough((NearCachedSessions<?>) sessions);
    }

    @Test
    void aKeptSessionIsServedFromMemoryUntilItsTimeIsUp() throws InterruptedException {
        NearCachedSessions<?> store = storeTrustingFor(Duration.ofMillis(300));
        String id = created(store);
        assertThat(store.findById(id)).as("read once: now kept").isNotNull();

        // another instance ends it: this one still trusts its copy for the near-cache time
        jdbc.sql("DELETE FROM SPRING_SESSION WHERE SESSION_ID = ?").param(id).update();
        assertThat(store.findById(id)).isNotNull();

        Thread.sleep(400);
        assertThat(store.findById(id)).isNull();
    }

    @Test
    void aChangeToAKeptSessionIsMadeToTheStoredOneAndKeepsItsOtherAttributes() {
        NearCachedSessions<?> store = storeTrustingFor(Duration.ofMinutes(1));
        changeKept(store);
    }

    private <S extends Session> void changeKept(NearCachedSessions<S> store) {
        NearCachedSessions.KeptSession<S> created = store.createSession();
        created.setAttribute("first", "one");
        store.save(created);
        String id = created.getId();
        store.findById(id);

        NearCachedSessions.KeptSession<S> kept = store.findById(id);
        kept.setAttribute("second", "two");
        store.save(kept);

        NearCachedSessions.KeptSession<S> read = store.findById(id);
        assertThat(read.<String>getAttribute("first")).isEqualTo("one");
        assertThat(read.<String>getAttribute("second")).as("the kept copy was dropped on the write").isEqualTo("two");
        assertThat(attributes(id)).isEqualTo(2);
    }

    @Test
    void aSessionDeletedMeanwhileIsNotBroughtBackByAChange() {
        NearCachedSessions<?> store = storeTrustingFor(Duration.ofMinutes(1));
        changeDeleted(store);
    }

    private <S extends Session> void changeDeleted(NearCachedSessions<S> store) {
        String id = created(store);
        NearCachedSessions.KeptSession<S> kept = store.findById(id);
        jdbc.sql("DELETE FROM SPRING_SESSION WHERE SESSION_ID = ?").param(id).update();

        kept.setAttribute("late", "change");
        store.save(kept);

        assertThat(rows(id)).isZero();
        assertThat(store.findById(id)).isNull();
    }

    private <S extends Session> void saveThrough(NearCachedSessions<S> store) {
        NearCachedSessions.KeptSession<S> created = store.createSession();
        store.save(created);
        String id = created.getId();
        long recorded = lastAccess(id);
        Instant base = Instant.ofEpochMilli(recorded);

        NearCachedSessions.KeptSession<S> soon = store.findById(id);
        soon.setLastAccessedTime(base.plusSeconds(59));
        store.save(soon);
        assertThat(lastAccess(id)).as("59 s later: not written").isEqualTo(recorded);

        NearCachedSessions.KeptSession<S> later = store.findById(id);
        later.setLastAccessedTime(base.plusSeconds(60));
        store.save(later);
        assertThat(lastAccess(id)).as("a minute later: written").isEqualTo(base.plusSeconds(60).toEpochMilli());

        NearCachedSessions.KeptSession<S> changed = store.findById(id);
        changed.setLastAccessedTime(base.plusSeconds(61));
        changed.setAttribute("note", "kept");
        store.save(changed);
        assertThat(lastAccess(id)).as("a changed session: written").isEqualTo(base.plusSeconds(61).toEpochMilli());
        assertThat(store.findById(id).<String>getAttribute("note")).isEqualTo("kept");

        store.deleteById(id);
        assertThat(store.findById(id)).isNull();
    }

    /** A store of its own over the same tables, so a test can choose how long it trusts its copies. */
    private NearCachedSessions<?> storeTrustingFor(Duration trustFor) {
        JdbcIndexedSessionRepository jdbcStore = new JdbcIndexedSessionRepository(jdbcTemplate,
                TransactionOperations.withoutTransaction());
        return new NearCachedSessions<>(jdbcStore, Duration.ofMinutes(1), trustFor, transactionTemplate.getObject());
    }

    private static <S extends Session> String created(NearCachedSessions<S> store) {
        NearCachedSessions.KeptSession<S> created = store.createSession();
        store.save(created);
        return created.getId();
    }

    private static String sessionId(ApiClient client) {
        return new String(Base64.getDecoder().decode(client.sessionId()));
    }

    private long lastAccess(String sessionId) {
        return jdbc.sql("SELECT LAST_ACCESS_TIME FROM SPRING_SESSION WHERE SESSION_ID = ?").param(sessionId)
                .query(Long.class).single();
    }

    private int rows(String sessionId) {
        return jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION WHERE SESSION_ID = ?").param(sessionId)
                .query(Integer.class).single();
    }

    private int attributes(String sessionId) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM SPRING_SESSION_ATTRIBUTES a
                        JOIN SPRING_SESSION s ON s.PRIMARY_ID = a.SESSION_PRIMARY_ID WHERE s.SESSION_ID = ?""")
                .param(sessionId).query(Integer.class).single();
    }
}
