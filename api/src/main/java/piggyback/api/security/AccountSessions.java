package piggyback.api.security;

import java.util.List;
import java.util.Map;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import piggyback.storage.codes.CodeOwner;

/**
 * Every session is indexed by the account it hangs on (the expert's or parent's id; a learner
 * session hangs on the code that opened it: a parent's, or an expert's class code, indexed apart
 * from the expert's own sessions), so closing an account deletes its sessions from the shared
 * store, and no instance has to look the account up on each request.
 */
@Component
class AccountSessions {

    private final FindByIndexNameSessionRepository<?> store;

    AccountSessions(FindByIndexNameSessionRepository<?> store) {
        this.store = store;
    }

    /** The index value of a caller's session. */
    static String owner(Caller caller) {
        return switch (caller.role()) {
            case ADMIN -> "admin";
            case EXPERT -> owner(CodeOwner.expert(caller.accountId()));
            case PARENT -> owner(CodeOwner.parent(caller.accountId()));
            case LEARNER -> owner(new CodeOwner(caller.learnerOf(), caller.accountId()));
        };
    }

    private static String owner(CodeOwner account) {
        return account.kind().name().toLowerCase() + ":" + account.id();
    }

    /** After the closing transaction commits, so a rolled-back deactivation ends nothing. */
    @TransactionalEventListener(fallbackExecution = true)
    void end(AccountClosed closed) {
        hangingOn(closed.account()).forEach(owner -> sessionsOf(owner).keySet().forEach(store::deleteById));
    }

    /** What a closed account's sessions hang on: the account, and an expert's class devices too. */
    private static List<CodeOwner> hangingOn(CodeOwner account) {
        return account.kind() == CodeOwner.Kind.EXPERT ? List.of(account, CodeOwner.classOf(account.id()))
                : List.of(account);
    }

    /**
     * The account's sessions opened with a credential that changed end, except the one that made the
     * change. A session from before sessions recorded their credential counts as opened with it.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void end(CredentialChanged changed) {
        sessionsOf(changed.account()).forEach((id, session) -> {
            Object credential = session.getAttribute(Sessions.CREDENTIAL);
            boolean openedWithIt = !(credential instanceof String name)
                    || changed.credentials().stream().anyMatch(c -> c.name().equals(name));
            if (openedWithIt && !id.equals(changed.keptSessionId())) {
                store.deleteById(id);
            }
        });
    }

    private Map<String, ? extends Session> sessionsOf(CodeOwner account) {
        return store.findByIndexNameAndIndexValue(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME,
                owner(account));
    }
}
