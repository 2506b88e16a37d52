package piggyback.api.kids;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import piggyback.api.accounts.ChildView;
import piggyback.api.security.Caller;
import piggyback.api.security.CurrentCaller;
import piggyback.api.web.ApiException;
import piggyback.api.web.Ids;
import piggyback.api.web.Json;
import piggyback.storage.children.Child;
import piggyback.storage.children.ChildFilter;
import piggyback.storage.children.Children;
import piggyback.storage.experts.Expert;
import piggyback.storage.experts.Experts;

/**
 * The learner's entry point: an expert's active children, for the expert itself, an
 * admin, or a learner session opened with that expert's class code (which sees the children without a
 * parent of their own, as at its login). Other families' sessions are refused.
 */
@RestController
@Tag(name = "kids")
class LearnerChildrenController {

    private final Experts experts;
    private final Children children;

    LearnerChildrenController(Experts experts, Children children) {
        this.experts = experts;
        this.children = children;
    }

    @GetMapping("/api/learners/experts/{expertId}/children")
    @Operation(summary = "Get children assigned to an expert")
    Map<String, Object> children(@CurrentCaller Caller caller, @PathVariable String expertId) {
        String id = Ids.normaliseAccountId(expertId);
        if (id.isEmpty()) {
            throw ApiException.badRequest("expert_id is required").with("children", List.of());
        }
        if (!caller.isAdmin() && !caller.isExpert(id) && !caller.isLearnerOfClass(id)) {
            throw ApiException.forbidden("You may only see your own children").with("children", List.of());
        }
        Expert expert = experts.find(id).filter(Expert::active)
                .orElseThrow(() -> ApiException.notFound("Expert not found").with("children", List.of()));
        List<Child> found = caller.isLearnerOfClass(id) ? children.activeWithoutParentOf(id)
                : children.list(ChildFilter.ofExpert(id, false));
        List<ChildView> views = found.stream().map(ChildView::of).toList();
        return Json.obj("success", true,
                "expert", Json.obj("expert_id", expert.expertId(), "display_name", expert.displayName()),
                "children", views, "count", views.size());
    }
}
