package piggyback.api.expert.account;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import piggyback.api.admin.AccountRules;
import piggyback.api.web.ApiException;
import piggyback.api.web.Ids;
import piggyback.storage.children.Child;
import piggyback.storage.children.ChildFilter;
import piggyback.storage.children.Children;
import piggyback.storage.codes.AccessCodeInUseException;
import piggyback.storage.codes.AccessCodes;
import piggyback.storage.codes.CodeOwner;
import piggyback.storage.parents.Parent;
import piggyback.storage.parents.Parents;

/**
 * An expert's view of its families: a parent is the expert's when at least one active child of
 * that parent is linked to the expert. Anything else is refused without saying whether it exists.
 */
@Service
class ExpertFamilies {

    private final Parents parents;
    private final Children children;
    private final AccessCodes codes;

    ExpertFamilies(Parents parents, Children children, AccessCodes codes) {
        this.parents = parents;
        this.children = children;
        this.codes = codes;
    }

    boolean hasCustomCode(String expertId) {
        return codes.isChosenByOwner(CodeOwner.expert(expertId));
    }

    @Transactional
    void setOwnCode(String expertId, String code) {
        assign(CodeOwner.expert(expertId), AccountRules.accessCode(code, "login_code"), true);
    }

    List<Parent> parentsOf(String expertId) {
        return parents.withActiveChildrenOf(expertId);
    }

    /** Active children of the parent linked to this expert, by first name (spec §1.11). */
    List<Child> childrenOf(String expertId, String rawParentId) {
        List<Child> linked = linkedChildren(expertId, rawParentId);
        if (linked.isEmpty()) {
            throw ApiException.forbidden("Not authorized to view this parent's children.");
        }
        return linked.stream().sorted(Comparator.comparing((Child c) -> c.firstName().toLowerCase())).toList();
    }

    @Transactional
    void setParentCode(String expertId, String rawParentId, String code) {
        String valid = AccountRules.accessCode(code, "login_code");
        if (linkedChildren(expertId, rawParentId).isEmpty()) {
            throw ApiException.forbidden("Not authorized to update this parent's login code.");
        }
        assign(CodeOwner.parent(Ids.normaliseAccountId(rawParentId)), valid, false);
    }

    private List<Child> linkedChildren(String expertId, String rawParentId) {
        String parentId = Ids.normaliseAccountId(rawParentId);
        if (!Ids.isAccountId(parentId)) {
            return List.of();
        }
        return children.list(ChildFilter.ofParent(parentId, false)).stream()
                .filter(child -> expertId.equals(child.expertId())).toList();
    }

    private void assign(CodeOwner owner, String code, boolean chosenByOwner) {
        try {
            codes.assign(owner, code, chosenByOwner);
        } catch (AccessCodeInUseException taken) {
            throw ApiException.conflict(taken.getMessage());
        }
    }
}
