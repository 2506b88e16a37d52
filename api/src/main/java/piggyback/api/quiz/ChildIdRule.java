package piggyback.api.quiz;

import piggyback.api.web.ApiException;
import piggyback.api.web.Ids;

/** A child id given to a quiz or report route: six digits, or a 400 that says so. */
final class ChildIdRule {

    private ChildIdRule() {
    }

    static String check(String raw) {
        String childId = Ids.normaliseChildId(raw);
        if (childId.isEmpty()) {
            throw ApiException.badRequest("child_id is required");
        }
        if (!Ids.isChildId(childId)) {
            throw ApiException.badRequest("child_id must be 6 digits");
        }
        return childId;
    }
}
