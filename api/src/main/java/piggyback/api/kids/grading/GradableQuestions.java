package piggyback.api.kids.grading;

import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;

import piggyback.api.security.Caller;
import piggyback.api.web.ApiException;
import piggyback.storage.children.Child;
import piggyback.storage.children.ChildFilter;
import piggyback.storage.children.Children;
import piggyback.storage.codes.CodeOwner;
import piggyback.storage.questions.PublishedAnswer;
import piggyback.storage.questions.PublishedAnswers;
import piggyback.storage.videos.Assignments;

/**
 * The published questions a caller may have answers graded against: an admin any; an expert those of the videos
 * assigned to it; a learner those of the videos assigned to the expert of a child the session may see (the
 * children its parent's or expert's code opened, as {@code ChildAccess} has it).
 */
@Component
class GradableQuestions {

    private final PublishedAnswers answers;
    private final Assignments assignments;
    private final Children children;

    GradableQuestions(PublishedAnswers answers, Assignments assignments, Children children) {
        this.answers = answers;
        this.assignments = assignments;
        this.children = children;
    }

    /** The question with its answer key; 404 when it is not published, 403 when it is not the caller's. */
    PublishedAnswer find(Caller caller, long questionId) {
        PublishedAnswer answer = answers.find(questionId)
                .orElseThrow(() -> ApiException.notFound("Question not found"));
        if (!mayGrade(caller, answer.videoId())) {
            throw ApiException.forbidden("You may only grade questions of your own videos");
        }
        return answer;
    }

    private boolean mayGrade(Caller caller, String videoId) {
        return switch (caller.role()) {
            case ADMIN -> true;
            case EXPERT -> assignments.isAssigned(videoId, caller.accountId());
            case LEARNER -> visibleChildren(caller).stream().map(Child::expertId).filter(Objects::nonNull).distinct()
                    .anyMatch(expertId -> assignments.isAssigned(videoId, expertId));
        };
    }

    private List<Child> visibleChildren(Caller caller) {
        return caller.learnerOf() == CodeOwner.Kind.PARENT
                ? children.list(ChildFilter.ofParent(caller.accountId(), false))
                : children.activeWithoutParentOf(caller.accountId());
    }
}
