package piggyback.api.kids.videos;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import piggyback.api.security.Caller;
import piggyback.api.security.Role;
import piggyback.api.security.SecurityProperties;
import piggyback.storage.children.Child;
import piggyback.storage.children.ChildFilter;
import piggyback.storage.children.Children;
import piggyback.storage.codes.CodeOwner;
import piggyback.storage.videos.Assignments;
import piggyback.storage.videos.VideoAccessChanged;

/**
 * Which videos a caller may see (docs/decisions/0009-who-may-call-what.md): an admin every video; an expert the videos
 * assigned to it; a learner the videos assigned to the experts of the active children its
 * session may pick (a child sees exactly its expert's videos).
 */
@Component
public class VideoScope {

    private final Children children;
    private final Assignments assignments;
    /** Answers of {@link #maySee}, asked on every question a child answers; see {@link #accessChanged}. */
    private final Cache<Reach, Boolean> answers;
    private final AtomicLong generation = new AtomicLong();

    VideoScope(Children children, Assignments assignments, SecurityProperties properties) {
        this.children = children;
        this.assignments = assignments;
        this.answers = Caffeine.newBuilder().expireAfterWrite(properties.nearCacheTtl()).maximumSize(100_000).build();
    }

    public VisibleVideos of(Caller caller) {
        return switch (caller.role()) {
            case ADMIN -> VisibleVideos.all();
            case EXPERT -> VisibleVideos.only(assignments.videoIdsOf(caller.accountId()));
            case PARENT -> VisibleVideos.only(
                    assignedToExpertsOf(children.list(ChildFilter.ofParent(caller.accountId(), false))));
            case LEARNER -> VisibleVideos.only(assignedToExpertsOf(learnersChildren(caller)));
        };
    }

    /**
     * Whether the caller may see this one video: the same rule as {@link #of}, asked of the
     * database in one query, for the routes a child's device calls on every question. The answer
     * is kept for the near-cache time ({@link SecurityProperties#nearCacheTtl()}), or until a
     * change through this instance.
     */
    public boolean maySee(Caller caller, String videoId) {
        Reach reach = new Reach(generation.get(), caller.role(), caller.accountId(), caller.learnerOf(), videoId);
        return answers.get(reach, key -> askDatabase(caller, videoId));
    }

    /**
     * After the change commits, answers kept before it are never used again: they carry an older
     * generation, which also covers an answer read from the database just before the commit.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void accessChanged(VideoAccessChanged changed) {
        generation.incrementAndGet();
    }

    private boolean askDatabase(Caller caller, String videoId) {
        return switch (caller.role()) {
            case ADMIN -> true;
            case EXPERT -> assignments.isAssigned(videoId, caller.accountId());
            case PARENT -> assignments.reachesActiveChildOfParent(videoId, caller.accountId());
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

    private record Reach(long generation, Role role, String accountId, CodeOwner.Kind learnerOf, String videoId) {
    }

    private Set<String> assignedToExpertsOf(List<Child> visible) {
        Set<String> ids = new HashSet<>();
        visible.stream().map(Child::expertId).filter(Objects::nonNull).distinct()
                .forEach(expertId -> ids.addAll(assignments.videoIdsOf(expertId)));
        return ids;
    }
}
