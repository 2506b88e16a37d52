package piggyback.api.parents;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import piggyback.api.security.Caller;
import piggyback.api.security.Role;
import piggyback.api.web.ApiException;
import piggyback.api.web.Ids;
import piggyback.storage.children.Child;
import piggyback.storage.children.ChildFilter;
import piggyback.storage.children.Children;

/**
 * The children of the parents' page: a parent's own, or an expert's. Only a child's family may take
 * its data or erase it: its parent, or its expert when it has no parent (the expert is then its
 * family). Every other child is refused with 403 whether or not it exists, so ids cannot be probed.
 */
@Component
class FamilyChildren {

    private final Children children;

    FamilyChildren(Children children) {
        this.children = children;
    }

    List<Child> of(Caller caller) {
        return switch (caller.role()) {
            case PARENT -> children.list(ChildFilter.ofParent(caller.accountId(), true));
            case EXPERT -> children.list(ChildFilter.ofExpert(caller.accountId(), true));
            default -> throw notYours();
        };
    }

    /** A child whose data the caller may take or erase. */
    Child child(Caller caller, String rawChildId) {
        String childId = Ids.normaliseChildId(rawChildId);
        return (Ids.isChildId(childId) ? children.find(childId) : Optional.<Child>empty())
                .filter(child -> isFamilyOf(caller, child))
                .orElseThrow(FamilyChildren::notYours);
    }

    static boolean isFamilyOf(Caller caller, Child child) {
        return caller.role() == Role.PARENT && caller.accountId().equals(child.parentId())
                || caller.role() == Role.EXPERT && caller.accountId().equals(child.expertId()) && child.parentId() == null;
    }

    private static ApiException notYours() {
        return ApiException.forbidden("Only the child's parent can do this");
    }
}
