package piggyback.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.transaction.support.TransactionTemplate;

import piggyback.api.ApiClient;
import piggyback.api.ApiTest;

/** Sessions are written back only when they changed, or when their last access moved a minute. */
class SessionsWrittenWhenChangedTest extends ApiTest {

    /** The session store the application uses (Boot's JDBC store, behind ours). */
    @Autowired
    FindByIndexNameSessionRepository<?> sessions;

    @Autowired
    ObjectProvider<TransactionTemplate> transactionTemplate;

    @Test
    void theTransactionlessOperationsOfTheSessionStoreDoNotReplaceBootsTransactionTemplate() {
        assertThat(transactionTemplate.getIfUnique()).isNotNull();
        Boolean inTransaction = transactionTemplate.getObject().execute(status -> status.isNewTransaction());
        assertThat(inTransaction).isTrue();
    }

    @Test
    void requestsThatChangeNothingDoNotWriteTheSessionRow() {
        ApiClient admin = admin();
        String id = new String(Base64.getDecoder().decode(admin.sessionId()));
        long signedIn = lastAccess(id);

        admin.get("/api/admin/experts").expect(200);
        admin.get("/api/admin/experts").expect(200);

        assertThat(lastAccess(id)).isEqualTo(signedIn);
        assertThat(count("SPRING_SESSION")).isPositive();
    }

    @Test
    void theLastAccessIsRecordedToTheMinuteAndChangesAtOnce() {
        assertThat(sessions).isInstanceOf(SessionsWrittenWhenChanged.class);
        saveThrough((SessionsWrittenWhenChanged<?>) sessions);
    }

    private <S extends org.springframework.session.Session> void saveThrough(SessionsWrittenWhenChanged<S> store) {
        SessionsWrittenWhenChanged.TrackedSession<S> created = store.createSession();
        store.save(created);
        String id = created.getId();
        long recorded = lastAccess(id);
        Instant base = Instant.ofEpochMilli(recorded);

        SessionsWrittenWhenChanged.TrackedSession<S> soon = store.findById(id);
        soon.setLastAccessedTime(base.plusSeconds(59));
        store.save(soon);
        assertThat(lastAccess(id)).as("59 s later: not written").isEqualTo(recorded);

        SessionsWrittenWhenChanged.TrackedSession<S> later = store.findById(id);
        later.setLastAccessedTime(base.plusSeconds(60));
        store.save(later);
        assertThat(lastAccess(id)).as("a minute later: written").isEqualTo(base.plusSeconds(60).toEpochMilli());

        SessionsWrittenWhenChanged.TrackedSession<S> changed = store.findById(id);
        changed.setLastAccessedTime(base.plusSeconds(61));
        changed.setAttribute("note", "kept");
        store.save(changed);
        assertThat(lastAccess(id)).as("a changed session: written").isEqualTo(base.plusSeconds(61).toEpochMilli());
        assertThat(store.findById(id).<String>getAttribute("note")).isEqualTo("kept");

        store.deleteById(id);
        assertThat(store.findById(id)).isNull();
    }

    private long lastAccess(String sessionId) {
        return jdbc.sql("SELECT LAST_ACCESS_TIME FROM SPRING_SESSION WHERE SESSION_ID = ?").param(sessionId)
                .query(Long.class).single();
    }
}
