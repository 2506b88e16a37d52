package piggyback.api.kids.videos;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;

import piggyback.api.security.Caller;
import piggyback.storage.children.Child;
import piggyback.storage.children.ChildFilter;
import piggyback.storage.children.Children;
import piggyback.storage.codes.CodeOwner;
import piggyback.storage.videos.Assignments;

/**
 * Which videos a caller may see (ARCHITECTURE §10): an admin every video; an expert the videos
 * assigned to it; a learner the videos assigned to the experts of the active children its
 * session may pick (a child sees exactly its expert's videos, spec §1.4).
 */
@Component
public class VideoScope {

    private final Children children;
    private final Assignments assignments;

    VideoScope(Children children, Assignments assignments) {
        this.children = children;
        this.assignments = assignments;
    }

    public VisibleVideos of(Caller caller) {
        return switch (caller.role()) {
            case ADMIN -> VisibleVideos.all();
            case EXPERT -> VisibleVideos.only(assignments.videoIdsOf(caller.accountId()));
            case LEARNER -> VisibleVideos.only(assignedToExpertsOf(learnersChildren(caller)));
        };
    }

    /**
     * Whether the caller may see this one video: the same rule as {@link #of}, asked of the
     * database in one query, for the routes a child's device calls on every question.
     */
    public boolean maySee(Caller caller, String videoId) {
        return switch (caller.role()) {
            case ADMIN -> true;
            case EXPERT -> assignments.isAssigned(videoId, caller.accountId());
            case LEARNER -> caller.learnerOf() == CodeOwner.Kind.PARENT
                    ? assignments.reachesActiveChildOfParent(videoId, caller.accountId())
                    : assignments.reachesActiveChildWithoutParentOf(videoId, caller.accountId());
        };
    }

    /** The same children the learner's login listed. */
    private List<Child> learnersChildren(Caller learner) {
        return learner.learnerOf() == CodeOwner.Kind.PARENT
                ? children.list(ChildFilter.ofParent(learner.accountId(), false))
                : children.activeWithoutParentOf(learner.accountId());
    }

    private Set<String> assignedToExpertsOf(List<Child> visible) {
        Set<String> ids = new HashSet<>();
        visible.stream().map(Child::expertId).filter(Objects::nonNull).distinct()
                .forEach(expertId -> ids.addAll(assignments.videoIdsOf(expertId)));
        return ids;
    }
}
