package piggyback.api.kids;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import piggyback.api.security.Caller;
import piggyback.storage.children.Child;
import piggyback.storage.children.ChildFilter;
import piggyback.storage.children.Children;
import piggyback.storage.codes.CodeOwner;
import piggyback.storage.videos.Assignments;

/**
 * Which videos a caller may watch: admins all; an expert those assigned to it; a learner those
 * assigned to the experts of the children it may see (a child sees its expert's videos, spec §1.4).
 */
@Component
public class VideoAccess {

    private final Assignments assignments;
    private final Children children;

    VideoAccess(Assignments assignments, Children children) {
        this.assignments = assignments;
        this.children = children;
    }

    public boolean mayWatch(Caller caller, String videoId) {
        return switch (caller.role()) {
            case ADMIN -> true;
            case EXPERT -> assignments.isAssigned(videoId, caller.accountId());
            case LEARNER -> expertsOfVisibleChildren(caller).stream()
                    .anyMatch(expertId -> assignments.isAssigned(videoId, expertId));
        };
    }

    /** May the caller review this video's material (frames, subtitles): admins and its assigned experts. */
    public boolean mayReview(Caller caller, String videoId) {
        return caller.isAdmin() || caller.role() == piggyback.api.security.Role.EXPERT
                && assignments.isAssigned(videoId, caller.accountId());
    }

    private Set<String> expertsOfVisibleChildren(Caller caller) {
        if (caller.learnerOf() == CodeOwner.Kind.EXPERT) {
            return Set.of(caller.accountId());
        }
        return children.list(ChildFilter.ofParent(caller.accountId(), false)).stream()
                .map(Child::expertId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    }
}
