package piggyback.api.auth;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import jakarta.servlet.http.HttpServletRequest;
import piggyback.api.admin.AdminAudit;
import piggyback.api.security.AdminPassword;
import piggyback.api.security.LoginThrottle;
import piggyback.api.web.ClientAddress;
import piggyback.api.web.Ids;
import piggyback.storage.children.Child;
import piggyback.storage.children.ChildFilter;
import piggyback.storage.children.Children;
import piggyback.storage.codes.AccessCodes;
import piggyback.storage.codes.CodeOwner;
import piggyback.storage.codes.PasswordHashing;
import piggyback.storage.experts.Expert;
import piggyback.storage.experts.Experts;
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

    Logins(AdminPassword adminPassword, Experts experts, Parents parents, Children children, AccessCodes codes,
           LoginThrottle throttle, AdminAudit audit) {
        this.adminPassword = adminPassword;
        this.experts = experts;
        this.parents = parents;
        this.children = children;
        this.codes = codes;
        this.throttle = throttle;
        this.audit = audit;
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
        throttle.succeeded(client, null);
        audit.record("admin.login", "session", null, null);
        return true;
    }

    Optional<Expert> expertByPassword(String rawId, String password, HttpServletRequest request) {
        String expertId = Ids.normaliseAccountId(rawId);
        String client = ClientAddress.of(request);
        String account = expertId.isEmpty() ? null : "expert:" + expertId;
        throttle.checkAllowed(client, account);
        Optional<Expert> expert = password == null || password.isEmpty() ? Optional.empty()
                : experts.activePasswordHash(expertId)
                .filter(hash -> PasswordHashing.verify(password, hash))
                .flatMap(hash -> experts.find(expertId));
        record(expert.isPresent(), client, account);
        return expert;
    }

    Optional<Expert> expertByCode(String code, HttpServletRequest request) {
        String client = ClientAddress.of(request);
        throttle.checkAllowed(client, null);
        Optional<Expert> expert = codes.findOwner(code)
                .filter(owner -> owner.kind() == CodeOwner.Kind.EXPERT)
                .flatMap(owner -> experts.find(owner.id()))
                .filter(Expert::active);
        record(expert.isPresent(), client, null);
        return expert;
    }

    /** A parent's code lists its children; an expert's its children without a parent. */
    Optional<Family> family(String code, HttpServletRequest request) {
        String client = ClientAddress.of(request);
        throttle.checkAllowed(client, null);
        Optional<Family> family = codes.findOwner(code).flatMap(owner -> switch (owner.kind()) {
            case PARENT -> parents.find(owner.id()).filter(p -> p.active()).map(p -> new Family(owner,
                    p.displayName(), children.list(ChildFilter.ofParent(p.parentId(), false))));
            case EXPERT -> experts.find(owner.id()).filter(Expert::active).map(e -> new Family(owner,
                    e.displayName(), children.activeWithoutParentOf(e.expertId())));
        });
        record(family.isPresent(), client, null);
        return family;
    }

    private void record(boolean success, String client, String account) {
        if (success) {
            throttle.succeeded(client, account);
        } else {
            throttle.failed(client, account);
        }
    }
}
