package piggyback.api.kids;

import java.util.List;

import org.springframework.stereotype.Component;

import piggyback.api.security.Caller;
import piggyback.api.web.ApiException;
import piggyback.api.web.Ids;
import piggyback.storage.children.Child;
import piggyback.storage.children.ChildFilter;
import piggyback.storage.children.Children;
import piggyback.storage.codes.CodeOwner;
import piggyback.storage.videos.Assignments;

/**
 * Who may see a child's data (docs/decisions/0009-who-may-call-what.md): an admin; the child's
 * expert; the child's parent; a learner session of the child's parent, or of its expert when the
 * child has no parent. Others are refused with 403 whether or not the child exists, so ids cannot
 * be probed.
 */
@Component
public class ChildAccess {

    private final Children children;
    private final Assignments assignments;

    ChildAccess(Children children, Assignments assignments) {
        this.children = children;
        this.assignments = assignments;
    }

    /** The child, if the caller may see it; 404 for an admin asking for an unknown child, else 403. */
    public Child visibleChild(Caller caller, String rawChildId) {
        String childId = Ids.normaliseChildId(rawChildId);
        Child child = Ids.isChildId(childId) ? children.find(childId).orElse(null) : null;
        if (child != null && maySee(caller, child)) {
            return child;
        }
        if (caller.isAdmin()) {
            throw ApiException.notFound("Child not found");
        }
        throw ApiException.forbidden("You may only see your own children");
    }

    /**
     * The child for its own routes (videos, player, attempts, report, interaction mode): as
     * {@link #visibleChild}, and a deactivated child is not found (404) until it is reactivated.
     */
    public Child activeChild(Caller caller, String rawChildId) {
        Child child = visibleChild(caller, rawChildId);
        if (!child.active()) {
            throw ApiException.notFound("Child not found");
        }
        return child;
    }

    /** Refuses (403) a video that is not one of the child's: the videos assigned to its expert. */
    public void requireChildsVideo(Child child, String videoId) {
        if (child.expertId() == null || !assignments.isAssigned(videoId, child.expertId())) {
            throw ApiException.forbidden("This video is not one of the child's videos");
        }
    }

    /**
     * The active children the caller may pick: a learner session's family as its login listed them,
     * an expert's own children (with or without a parent), every child for an admin.
     */
    public List<Child> activeChildren(Caller caller) {
        return switch (caller.role()) {
            case ADMIN -> children.list(ChildFilter.everyone(false));
            case EXPERT -> children.list(ChildFilter.ofExpert(caller.accountId(), false));
            case PARENT -> children.list(ChildFilter.ofParent(caller.accountId(), false));
            case LEARNER -> caller.learnerOf() == CodeOwner.Kind.PARENT
                    ? children.list(ChildFilter.ofParent(caller.accountId(), false))
                    : children.activeWithoutParentOf(caller.accountId());
        };
    }

    public static boolean maySee(Caller caller, Child child) {
        return switch (caller.role()) {
            case ADMIN -> true;
            case EXPERT -> caller.accountId().equals(child.expertId());
            case PARENT -> caller.accountId().equals(child.parentId());
            case LEARNER -> caller.learnerOf() == CodeOwner.Kind.PARENT
                    ? caller.accountId().equals(child.parentId())
                    : caller.accountId().equals(child.expertId()) && child.parentId() == null;
        };
    }
}
