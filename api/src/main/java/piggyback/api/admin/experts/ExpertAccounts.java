package piggyback.api.admin.experts;

import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import piggyback.api.accounts.AccountRules;
import piggyback.api.audit.AdminAudit;
import piggyback.api.security.AccountClosed;
import piggyback.api.security.Credential;
import piggyback.api.security.CredentialChanged;
import piggyback.api.web.ApiException;
import piggyback.api.web.Ids;
import piggyback.api.web.JsonBody;
import piggyback.api.web.Limits;
import piggyback.storage.codes.AccessCodeInUseException;
import piggyback.storage.codes.AccessCodes;
import piggyback.storage.codes.CodeOwner;
import piggyback.storage.codes.PasswordHashing;
import piggyback.storage.experts.Expert;
import piggyback.storage.experts.Experts;

/**
 * Admin management of expert accounts. An expert's password is also its first
 * access code (docs/decisions/0018-access-codes.md), so it must be free as a code too.
 */
@Service
class ExpertAccounts {

    private final Experts experts;
    private final AccessCodes codes;
    private final AdminAudit audit;
    private final ApplicationEventPublisher events;

    ExpertAccounts(Experts experts, AccessCodes codes, AdminAudit audit, ApplicationEventPublisher events) {
        this.experts = experts;
        this.codes = codes;
        this.audit = audit;
        this.events = events;
    }

    List<Expert> all() {
        return experts.all();
    }

    @Transactional
    Expert create(JsonBody body) {
        String expertId = AccountRules.newAccountId(body.text("expert_id", Limits.FIELD), "expert_id");
        String displayName = AccountRules.requiredName(body.text("display_name", Limits.FIELD), "display_name",
                "display_name is required");
        String password = AccountRules.accessCode(body.text("password", Limits.FIELD), "password");
        if (experts.exists(expertId)) {
            throw ApiException.conflict("expert_id already exists");
        }
        try {
            Expert expert = experts.insert(expertId, displayName, PasswordHashing.hash(password));
            codes.assign(CodeOwner.expert(expertId), password, false);
            audit.record("expert.create", "expert", expertId, null);
            return expert;
        } catch (DuplicateKeyException raced) {
            throw ApiException.conflict("expert_id already exists");
        } catch (AccessCodeInUseException taken) {
            throw ApiException.conflict("password is already in use as an access code; choose another");
        }
    }

    @Transactional
    Expert update(String rawId, JsonBody body) {
        String expertId = Ids.normaliseAccountId(rawId);
        Boolean active = body.bool("is_active");
        String displayName = null;
        if (body.has("display_name")) {
            displayName = AccountRules.requiredName(body.text("display_name", Limits.FIELD), "display_name",
                    "display_name cannot be empty");
        }
        String password = null;
        if (body.has("password")) {
            String raw = body.text("password", Limits.FIELD);
            if (raw == null || raw.isEmpty()) {
                throw ApiException.badRequest("password cannot be empty");
            }
            password = AccountRules.accessCode(raw, "password");
        }
        Expert current = find(expertId);
        if (displayName == null && password == null && active == null) {
            return current;
        }
        experts.update(expertId, displayName, password == null ? null : PasswordHashing.hash(password), active);
        if (password != null) {
            // a reset: the new password is the expert's code again (a code it chose itself is
            // cleared, since whoever reset the password may not know it), its class code is cleared
            // too (whoever held the account may have set it), and every session opened with the old
            // password or codes ends, its classroom devices included
            try {
                codes.assign(CodeOwner.expert(expertId), password, false);
            } catch (AccessCodeInUseException taken) {
                throw ApiException.conflict("password is already in use as an access code; choose another");
            }
            codes.clear(CodeOwner.classOf(expertId));
            events.publishEvent(new CredentialChanged(CodeOwner.expert(expertId),
                    Set.of(Credential.PASSWORD, Credential.CODE), null));
            events.publishEvent(CredentialChanged.code(CodeOwner.classOf(expertId), null));
        }
        if (Boolean.FALSE.equals(active)) {
            events.publishEvent(new AccountClosed(CodeOwner.expert(expertId)));
        }
        audit.record("expert.update", "expert", expertId, changed(displayName, password, active));
        return find(expertId);
    }

    @Transactional
    Expert deactivate(String rawId) {
        String expertId = Ids.normaliseAccountId(rawId);
        find(expertId);
        experts.update(expertId, null, null, false);
        events.publishEvent(new AccountClosed(CodeOwner.expert(expertId)));
        audit.record("expert.deactivate", "expert", expertId, null);
        return find(expertId);
    }

    @Transactional
    void delete(String rawId) {
        String expertId = Ids.normaliseAccountId(rawId);
        if (!experts.delete(expertId)) {
            throw ApiException.notFound("expert not found");
        }
        events.publishEvent(new AccountClosed(CodeOwner.expert(expertId)));
        audit.record("expert.delete", "expert", expertId, "children unlinked, access code removed");
    }

    private Expert find(String expertId) {
        return experts.find(expertId).orElseThrow(() -> ApiException.notFound("expert not found"));
    }

    private static String changed(String displayName, String password, Boolean active) {
        StringBuilder fields = new StringBuilder();
        if (displayName != null) {
            fields.append("display_name ");
        }
        if (password != null) {
            fields.append("password ");
        }
        if (active != null) {
            fields.append("is_active=").append(active);
        }
        return fields.toString().trim();
    }
}
