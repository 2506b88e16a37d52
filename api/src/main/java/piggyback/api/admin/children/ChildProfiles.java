package piggyback.api.admin.children;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import piggyback.api.accounts.AccountRules;
import piggyback.api.accounts.ChildRules;
import piggyback.api.audit.AdminAudit;
import piggyback.api.web.ApiException;
import piggyback.api.web.Ids;
import piggyback.api.web.JsonBody;
import piggyback.api.web.Limits;
import piggyback.storage.children.Child;
import piggyback.storage.children.ChildChanges;
import piggyback.storage.children.ChildFilter;
import piggyback.storage.children.Children;
import piggyback.storage.children.NewChild;
import piggyback.storage.experts.Experts;
import piggyback.storage.parents.Parents;

/** Admin management of child profiles (docs/decisions/0021-accounts-and-logins.md). */
@Service
class ChildProfiles {

    private final Children children;
    private final Experts experts;
    private final Parents parents;
    private final AdminAudit audit;

    ChildProfiles(Children children, Experts experts, Parents parents, AdminAudit audit) {
        this.children = children;
        this.experts = experts;
        this.parents = parents;
        this.audit = audit;
    }

    List<Child> list(String expertFilter, boolean includeInactive) {
        if (expertFilter == null) {
            return children.list(ChildFilter.everyone(includeInactive));
        }
        String expertId = Ids.normaliseAccountId(expertFilter);
        // as the reference: an empty expert_id filter lists nobody
        return expertId.isEmpty() ? List.of() : children.list(ChildFilter.ofExpert(expertId, includeInactive));
    }

    /** Validates in the reference's order (clients show the first message), each failure a 400. */
    @Transactional
    Child create(JsonBody body) {
        String expertId = Ids.normaliseAccountId(body.text("expert_id", Limits.FIELD));
        if (expertId.isEmpty()) {
            throw ApiException.badRequest("expert_id is required");
        }
        String firstName = AccountRules.requiredName(body.text("first_name", Limits.FIELD), "first_name",
                "first_name is required");
        String lastName = AccountRules.boundedName(Ids.normaliseName(body.text("last_name", Limits.FIELD)), "last_name");
        String iconKey = body.text("icon_key", Limits.FIELD) == null ? ChildRules.DEFAULT_ICON
                : ChildRules.iconKey(body.text("icon_key", Limits.FIELD));
        String mode = body.text("interaction_mode", Limits.FIELD) == null ? ChildRules.DEFAULT_MODE
                : ChildRules.interactionMode(body.text("interaction_mode", Limits.FIELD));
        if (!experts.exists(expertId)) {
            throw ApiException.badRequest("expert_id not found");
        }
        String parentId = existingParent(body);
        Child child = children.insert(new NewChild(expertId, parentId, firstName, lastName, iconKey, mode));
        audit.record("child.create", "child", child.childId(), "expert=" + expertId + " parent=" + parentId);
        return child;
    }

    @Transactional
    Child update(String rawId, JsonBody body) {
        String childId = validChildId(rawId);
        ChildChanges.Link expert = null;
        if (body.has("expert_id")) {
            String expertId = Ids.normaliseAccountId(body.text("expert_id", Limits.FIELD));
            if (!expertId.isEmpty() && !experts.exists(expertId)) {
                throw ApiException.badRequest("expert_id not found");
            }
            expert = new ChildChanges.Link(expertId.isEmpty() ? null : expertId);
        }
        ChildChanges.Link parent = body.has("parent_id") ? new ChildChanges.Link(existingParent(body)) : null;
        String firstName = body.has("first_name") ? AccountRules.requiredName(body.text("first_name", Limits.FIELD),
                "first_name", "first_name cannot be empty") : null;
        String lastName = body.has("last_name") ? AccountRules.boundedName(
                Ids.normaliseName(body.text("last_name", Limits.FIELD)), "last_name") : null;
        String iconKey = body.has("icon_key") ? ChildRules.iconKey(body.text("icon_key", Limits.FIELD)) : null;
        String mode = body.has("interaction_mode")
                ? ChildRules.interactionMode(body.text("interaction_mode", Limits.FIELD)) : null;
        Boolean active = body.bool("is_active");
        ChildChanges changes = new ChildChanges(firstName, lastName, iconKey, mode, active, expert, parent);

        find(childId);
        if (!changes.isEmpty()) {
            children.update(childId, changes);
            audit.record("child.update", "child", childId, null);
        }
        return find(childId);
    }

    @Transactional
    Child unlink(String rawId) {
        return apply(rawId, ChildChanges.unlinkEverything(), "child.unlink");
    }

    @Transactional
    Child deactivate(String rawId) {
        return apply(rawId, ChildChanges.deactivate(), "child.deactivate");
    }

    @Transactional
    void delete(String rawId) {
        String childId = validChildId(rawId);
        if (!children.delete(childId)) {
            throw ApiException.notFound("child not found");
        }
        audit.record("child.delete", "child", childId, null);
    }

    private Child apply(String rawId, ChildChanges changes, String action) {
        String childId = validChildId(rawId);
        find(childId);
        children.update(childId, changes);
        audit.record(action, "child", childId, null);
        return find(childId);
    }

    /** The optional {@code parent_id}: empty or null means none; otherwise it must exist. */
    private String existingParent(JsonBody body) {
        String parentId = Ids.normaliseAccountId(body.text("parent_id", Limits.FIELD));
        if (parentId.isEmpty()) {
            return null;
        }
        if (parents.find(parentId).isEmpty()) {
            throw ApiException.badRequest("parent_id not found");
        }
        return parentId;
    }

    private Child find(String childId) {
        return children.find(childId).orElseThrow(() -> ApiException.notFound("child not found"));
    }

    /** A malformed id cannot name a child: it is simply not found (the reference's test I13 expects 404). */
    private static String validChildId(String raw) {
        String childId = Ids.normaliseChildId(raw);
        if (!Ids.isChildId(childId)) {
            throw ApiException.notFound("child not found");
        }
        return childId;
    }
}
