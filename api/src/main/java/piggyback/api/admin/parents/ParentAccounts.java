package piggyback.api.admin.parents;

import java.time.Duration;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import piggyback.api.accounts.AccountRules;
import piggyback.api.audit.AdminAudit;
import piggyback.api.security.AccountClosed;
import piggyback.api.security.CredentialChanged;
import piggyback.api.security.ParentPasswords;
import piggyback.api.web.ApiException;
import piggyback.api.web.Ids;
import piggyback.api.web.JsonBody;
import piggyback.api.web.Limits;
import piggyback.storage.codes.AccessCodeInUseException;
import piggyback.storage.codes.AccessCodes;
import piggyback.storage.codes.CodeOwner;
import piggyback.storage.UtcTime;
import piggyback.storage.codes.PasswordHashing;
import piggyback.storage.parents.Parent;
import piggyback.storage.parents.ParentPasswordLinks;
import piggyback.storage.parents.Parents;

/** Admin management of parent accounts (the API document has no parent routes; these are ours). */
@Service
class ParentAccounts {

    /** Long enough for a parent to read the message it came in; short enough not to lie about. */
    private static final Duration LINK_LIFETIME = Duration.ofHours(72);

    private final Parents parents;
    private final ParentPasswordLinks links;
    private final AccessCodes codes;
    private final AdminAudit audit;
    private final ApplicationEventPublisher events;

    ParentAccounts(Parents parents, ParentPasswordLinks links, AccessCodes codes, AdminAudit audit,
                   ApplicationEventPublisher events) {
        this.parents = parents;
        this.links = links;
        this.codes = codes;
        this.audit = audit;
        this.events = events;
    }

    List<ParentView> all() {
        return parents.all().stream().map(this::view).toList();
    }

    @Transactional
    ParentView create(JsonBody body) {
        String parentId = AccountRules.newAccountId(body.text("parent_id", Limits.FIELD), "parent_id");
        String displayName = AccountRules.requiredName(body.text("display_name", Limits.FIELD), "display_name",
                "display_name is required");
        String code = loginCode(body);
        String passwordHash = passwordHash(body);
        if (parents.find(parentId).isPresent()) {
            throw ApiException.conflict("parent_id already exists");
        }
        try {
            Parent parent = parents.insert(parentId, displayName);
            if (code != null) {
                codes.assign(CodeOwner.parent(parentId), code, false);
            }
            if (passwordHash != null) {
                parents.setPasswordHash(parentId, passwordHash);
            }
            audit.record("parent.create", "parent", parentId, (code == null ? "no login code" : "with login code")
                    + (passwordHash == null ? "" : ", with password"));
            return view(parent);
        } catch (DuplicateKeyException raced) {
            throw ApiException.conflict("parent_id already exists");
        } catch (AccessCodeInUseException taken) {
            throw ApiException.conflict(taken.getMessage());
        }
    }

    @Transactional
    ParentView update(String rawId, JsonBody body) {
        String parentId = Ids.normaliseAccountId(rawId);
        String displayName = body.has("display_name") ? AccountRules.requiredName(
                body.text("display_name", Limits.FIELD), "display_name", "display_name cannot be empty") : null;
        String code = loginCode(body);
        String passwordHash = passwordHash(body);
        Boolean active = body.bool("is_active");
        find(parentId);
        if (passwordHash != null) {
            parents.setPasswordHash(parentId, passwordHash);
            events.publishEvent(ParentPasswords.changed(parentId, null));
        }
        if (displayName != null || active != null) {
            parents.update(parentId, displayName, active);
        }
        if (Boolean.FALSE.equals(active)) {
            events.publishEvent(new AccountClosed(CodeOwner.parent(parentId)));
        }
        if (code != null) {
            try {
                if (codes.assign(CodeOwner.parent(parentId), code, false)) {
                    // the devices signed in with the old code are signed out
                    events.publishEvent(CredentialChanged.code(CodeOwner.parent(parentId), null));
                }
            } catch (AccessCodeInUseException taken) {
                throw ApiException.conflict(taken.getMessage());
            }
        }
        audit.record("parent.update", "parent", parentId, code == null && passwordHash == null ? null
                : (code == null ? "" : "login code changed ") + (passwordHash == null ? "" : "password changed"));
        return view(find(parentId));
    }

    @Transactional
    void delete(String rawId) {
        String parentId = Ids.normaliseAccountId(rawId);
        if (!parents.delete(parentId)) {
            throw ApiException.notFound("parent not found");
        }
        events.publishEvent(new AccountClosed(CodeOwner.parent(parentId)));
        audit.record("parent.delete", "parent", parentId, "children unlinked from the parent");
    }

    /** A one-time link for the parent to choose its password: the path with the token in its fragment. */
    @Transactional
    PasswordLink passwordLink(String rawId) {
        String parentId = Ids.normaliseAccountId(rawId);
        find(parentId);
        String token = links.issue(parentId, LINK_LIFETIME);
        audit.record("parent.password_link", "parent", parentId, "valid for " + LINK_LIFETIME.toHours() + " h");
        // the fragment never reaches a server log or a Referer header
        return new PasswordLink("/parents/password#" + token, UtcTime.iso(UtcTime.now().plus(LINK_LIFETIME)));
    }

    record PasswordLink(String link, String expiresAt) {
    }

    private static String passwordHash(JsonBody body) {
        return body.has("parent_password")
                ? PasswordHashing.hash(ParentPasswords.checked(body.text("parent_password", Limits.FIELD), "parent_password"))
                : null;
    }

    private String loginCode(JsonBody body) {
        String code = body.firstText(Limits.FIELD, "login_code", "access_code");
        return code == null || code.isEmpty() ? null : AccountRules.accessCode(code, "login_code");
    }

    private Parent find(String parentId) {
        return parents.find(parentId).orElseThrow(() -> ApiException.notFound("parent not found"));
    }

    private ParentView view(Parent parent) {
        return ParentView.of(parent, codes.hasCode(CodeOwner.parent(parent.parentId())),
                parents.hasPassword(parent.parentId()));
    }
}
