package piggyback.api.auth;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Service;

import jakarta.servlet.http.HttpServletRequest;
import piggyback.api.audit.AdminAudit;
import piggyback.api.security.AdminPassword;
import piggyback.api.security.LoginThrottle;
import piggyback.api.web.ClientAddress;
import piggyback.api.web.Ids;
import piggyback.storage.children.Child;
import piggyback.storage.children.ChildFilter;
import piggyback.storage.children.Children;
import piggyback.storage.codes.AccessCodes;
import piggyback.storage.codes.CodeOwner;
import piggyback.storage.experts.Expert;
import piggyback.storage.experts.Experts;
import piggyback.storage.parents.Parent;
import piggyback.storage.parents.Parents;

/** Checks credentials, behind the login throttle. Signing in is the controller's job. */
@Service
class Logins {

    private final AdminPassword adminPassword;
    private final Experts experts;
    private final Parents parents;
    private final Children children;
    private final AccessCodes codes;
    private final LoginThrottle throttle;
    private final AdminAudit audit;
    private final PasswordCheck passwords;

    Logins(AdminPassword adminPassword, Experts experts, Parents parents, Children children, AccessCodes codes,
           LoginThrottle throttle, AdminAudit audit, PasswordCheck passwords) {
        this.adminPassword = adminPassword;
        this.experts = experts;
        this.parents = parents;
        this.children = children;
        this.codes = codes;
        this.throttle = throttle;
        this.audit = audit;
        this.passwords = passwords;
    }

    /** A family a learner session may see: whose code it was and the children it lists. */
    record Family(CodeOwner owner, String displayName, List<Child> children) {
    }

    boolean admin(String password, HttpServletRequest request) {
        String client = ClientAddress.of(request);
        // per client only: an account lock on "admin" would let anyone lock the admin out
        throttle.checkAllowed(client, null);
        if (!adminPassword.matches(password)) {
            throttle.failed(client, null);
            audit.record("admin.login_failed", "session", null, null);
            return false;
        }
        audit.record("admin.login", "session", null, null);
        return true;
    }

    Optional<Expert> expertByPassword(String rawId, String password, HttpServletRequest request) {
        return byPassword("expert", rawId, password, request, experts::activePasswordHash, experts::find);
    }

    /** A parent signs in to the parents' page with its id and its own password, never the family code. */
    Optional<Parent> parentByPassword(String rawId, String password, HttpServletRequest request) {
        return byPassword("parent", rawId, password, request, parents::activePasswordHash, parents::find);
    }

    /** An account of this kind whose active password hash matches, behind the throttle for its id. */
    private <A> Optional<A> byPassword(String kind, String rawId, String password, HttpServletRequest request,
                                       Function<String, Optional<String>> activeHash,
                                       Function<String, Optional<A>> account) {
        String id = Ids.normaliseAccountId(rawId);
        String client = ClientAddress.of(request);
        String throttled = id.isEmpty() ? null : kind + ":" + id;
        throttle.checkAllowed(client, throttled);
        Optional<A> found = passwords.matches(password, activeHash.apply(id)) ? account.apply(id) : Optional.empty();
        if (found.isPresent()) {
            throttle.succeeded(throttled);
        } else {
            throttle.failed(client, throttled);
        }
        return found;
    }

    Optional<Expert> expertByCode(String code, HttpServletRequest request) {
        String client = ClientAddress.of(request);
        throttle.checkCodeAllowed(client);
        Optional<Expert> expert = codes.findOwner(code)
                .filter(owner -> owner.kind() == CodeOwner.Kind.EXPERT)
                .flatMap(owner -> experts.find(owner.id()))
                .filter(Expert::active);
        byCode(expert.isPresent(), client);
        return expert;
    }

    /**
     * A parent's code lists its children; an expert's class code its children without a parent. An
     * expert's personal code opens no device: it is refused like an unknown code.
     */
    Optional<Family> family(String code, HttpServletRequest request) {
        String client = ClientAddress.of(request);
        throttle.checkCodeAllowed(client);
        Optional<Family> family = codes.findOwner(code).flatMap(owner -> switch (owner.kind()) {
            case PARENT -> parents.find(owner.id()).filter(p -> p.active()).map(p -> new Family(owner,
                    p.displayName(), children.list(ChildFilter.ofParent(p.parentId(), false))));
            case CLASS -> experts.find(owner.id()).filter(Expert::active).map(e -> new Family(owner,
                    e.displayName(), children.activeWithoutParentOf(e.expertId())));
            case EXPERT -> Optional.<Family>empty();
        });
        byCode(family.isPresent(), client);
        return family;
    }

    private void byCode(boolean success, String client) {
        if (!success) {
            throttle.codeFailed(client);
        }
    }
}
