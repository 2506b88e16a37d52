package piggyback.api.expert.account;

import java.util.Comparator;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import piggyback.api.accounts.AccountRules;
import piggyback.api.security.CredentialChanged;
import piggyback.api.security.LoginThrottle;
import piggyback.api.web.ApiException;
import piggyback.api.web.ClientAddress;
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
 * <p>
 * Codes are unique across accounts, so a code change could tell whether someone holds a code, and
 * a code opens a family's device. A code another account holds is therefore refused like any code
 * that cannot be used, and each refusal counts against the expert and its address in the login
 * throttle, which blocks further changes (and sign-ins) as it blocks guessed logins.
 */
@Service
class ExpertFamilies {

    static final String UNUSABLE_CODE = "This code cannot be used. Please choose a different one.";

    private final Parents parents;
    private final Children children;
    private final AccessCodes codes;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;

    ExpertFamilies(Parents parents, Children children, AccessCodes codes, LoginThrottle throttle,
                   ApplicationEventPublisher events) {
        this.parents = parents;
        this.children = children;
        this.codes = codes;
        this.throttle = throttle;
        this.events = events;
    }

    boolean hasCustomCode(String expertId) {
        return codes.isChosenByOwner(CodeOwner.expert(expertId));
    }

    boolean hasClassCode(String expertId) {
        return codes.hasCode(CodeOwner.classOf(expertId));
    }

    /**
     * The expert's own code; sessions the old code opened end, the one making the change stays. The
     * expert's class devices hang on the class code, so they stay too.
     */
    void setOwnCode(String expertId, String code, String sessionId) {
        String valid = AccountRules.accessCode(code, "login_code");
        CodeOwner expert = CodeOwner.expert(expertId);
        if (assign(expertId, expert, valid, true)) {
            events.publishEvent(CredentialChanged.code(expert, sessionId));
        }
    }

    /**
     * The code the expert's classroom devices type (docs/decisions/0027-class-codes.md), with the
     * same refusals and throttle as the expert's own code; the devices the old one opened end.
     */
    void setClassCode(String expertId, String code) {
        String valid = AccountRules.accessCode(code, "class_code");
        CodeOwner classCode = CodeOwner.classOf(expertId);
        if (assign(expertId, classCode, valid, true)) {
            events.publishEvent(CredentialChanged.code(classCode, null));
        }
    }

    /** No class code any more: the devices it opened end. */
    void clearClassCode(String expertId) {
        CodeOwner classCode = CodeOwner.classOf(expertId);
        if (codes.clear(classCode)) {
            events.publishEvent(CredentialChanged.code(classCode, null));
        }
    }

    List<Parent> parentsOf(String expertId) {
        return parents.withActiveChildrenOf(expertId);
    }

    /** Active children of the parent linked to this expert, by first name. */
    List<Child> childrenOf(String expertId, String rawParentId) {
        List<Child> linked = activeChildren(rawParentId).stream()
                .filter(child -> expertId.equals(child.expertId())).toList();
        if (linked.isEmpty()) {
            throw ApiException.forbidden("Not authorized to view this parent's children.");
        }
        return linked.stream().sorted(Comparator.comparing((Child c) -> c.firstName().toLowerCase())).toList();
    }

    /**
     * A parent's code, when every active child of that parent is this expert's: a parent shared
     * with another expert is the admin's to change, or either expert could lock the family out and
     * reach the other's child through the new code. The devices the old code opened are signed out.
     */
    void setParentCode(String expertId, String rawParentId, String code) {
        String valid = AccountRules.accessCode(code, "login_code");
        List<Child> family = activeChildren(rawParentId);
        if (family.isEmpty() || !family.stream().allMatch(child -> expertId.equals(child.expertId()))) {
            throw ApiException.forbidden("Not authorized to update this parent's login code.");
        }
        CodeOwner parent = CodeOwner.parent(Ids.normaliseAccountId(rawParentId));
        if (assign(expertId, parent, valid, false)) {
            events.publishEvent(CredentialChanged.code(parent, null));
        }
    }

    private List<Child> activeChildren(String rawParentId) {
        String parentId = Ids.normaliseAccountId(rawParentId);
        if (!Ids.isAccountId(parentId)) {
            return List.of();
        }
        return children.list(ChildFilter.ofParent(parentId, false));
    }

    /** Gives the owner the code on the expert's behalf; true when it changed. */
    private boolean assign(String expertId, CodeOwner owner, String code, boolean chosenByOwner) {
        String client = ClientAddress.current();
        String account = "expert:" + expertId;
        throttle.checkAllowed(client, account);
        try {
            return codes.assign(owner, code, chosenByOwner);
        } catch (AccessCodeInUseException taken) {
            throttle.failed(client, account);
            throw ApiException.badRequest(UNUSABLE_CODE);
        }
    }
}
