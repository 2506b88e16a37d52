package piggyback.api.security;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import piggyback.storage.codes.CodeOwner;

/**
 * Every session is indexed by the account it hangs on (the expert's or parent's id; a learner
 * session hangs on the account whose code opened it), so closing an account deletes its sessions
 * from the shared store, and no instance has to look the account up on each request.
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
            case LEARNER -> owner(new CodeOwner(caller.learnerOf(), caller.accountId()));
        };
    }

    private static String owner(CodeOwner account) {
        return account.kind().name().toLowerCase() + ":" + account.id();
    }

    /** After the closing transaction commits, so a rolled-back deactivation ends nothing. */
    @TransactionalEventListener(fallbackExecution = true)
    void end(AccountClosed closed) {
        store.findByIndexNameAndIndexValue(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME,
                owner(closed.account())).keySet().forEach(store::deleteById);
    }
}
