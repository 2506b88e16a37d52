package piggyback.api.expert.review;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import piggyback.api.web.ApiException;
import piggyback.storage.questions.ReviewSet;
import piggyback.storage.questions.ReviewSets;
import piggyback.storage.questions.SegmentEdit;
import piggyback.storage.questions.StaleRevisionException;

/**
 * The review routes' one way to change a question set: an edit that cannot apply is a 400, a
 * save based on an outdated revision a 409 carrying the current set (so the client can show
 * what the other expert did) instead of overwriting it.
 */
@Service
class Reviews {

    private final ReviewSets sets;
    private final ReviewView view;

    Reviews(ReviewSets sets, ReviewView view) {
        this.sets = sets;
        this.view = view;
    }

    ReviewSet working(String videoId, String expertId) {
        return sets.working(videoId, expertId);
    }

    /** Merges the edits into the working set, and publishes it when {@code publish}. */
    ReviewSet save(String videoId, Integer revision, List<SegmentEdit> edits, String expertId, boolean publish) {
        try {
            return publish ? sets.publish(videoId, revision, edits, expertId)
                    : sets.save(videoId, revision, edits, expertId);
        } catch (StaleRevisionException stale) {
            Map<String, Object> current = view.of(stale.current());
            throw ApiException.conflict(stale.getMessage()).with("revision", stale.current().revision())
                    .with("current", current);
        } catch (IllegalArgumentException invalid) {
            throw ApiException.badRequest(invalid.getMessage());
        }
    }

    /** The optional {@code revision} of a body: the working set's revision the client's edits start from. */
    static Integer revision(Map<String, Object> body) {
        return ReviewEdits.integer(body.get("revision"), "revision");
    }
}
