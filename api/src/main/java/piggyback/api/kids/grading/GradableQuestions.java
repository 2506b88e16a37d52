package piggyback.api.kids.grading;

import org.springframework.stereotype.Component;

import piggyback.api.kids.videos.VideoScope;
import piggyback.api.security.Caller;
import piggyback.api.web.ApiException;
import piggyback.storage.questions.PublishedAnswer;
import piggyback.storage.questions.PublishedAnswers;

/**
 * The published questions a caller may have answers graded against: an admin any; an expert those of the videos
 * assigned to it; a learner those of the videos it may watch ({@link VideoScope}).
 */
@Component
class GradableQuestions {

    private final PublishedAnswers answers;
    private final VideoScope scope;

    GradableQuestions(PublishedAnswers answers, VideoScope scope) {
        this.answers = answers;
        this.scope = scope;
    }

    /** The question with its answer key; 404 when it is not published, 403 when it is not the caller's. */
    PublishedAnswer find(Caller caller, long questionId) {
        PublishedAnswer answer = answers.find(questionId)
                .orElseThrow(() -> ApiException.notFound("Question not found"));
        if (!scope.maySee(caller, answer.videoId())) {
            throw ApiException.forbidden("You may only grade questions of your own videos");
        }
        return answer;
    }
}
