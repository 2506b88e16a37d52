package piggyback.api.kids.family;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import piggyback.api.accounts.ChildRules;
import piggyback.api.accounts.ChildView;
import piggyback.api.kids.ChildAccess;
import piggyback.api.security.Caller;
import piggyback.api.security.CurrentCaller;
import piggyback.api.security.Role;
import piggyback.api.web.ApiException;
import piggyback.api.web.Json;
import piggyback.api.web.JsonBody;
import piggyback.api.web.Limits;
import piggyback.storage.children.Child;
import piggyback.storage.children.ChildChanges;
import piggyback.storage.children.Children;

/**
 * The family's side of the children (beyond the seed): the profiles a session may pick, for the
 * player's profile picker and the parents' page, and the one setting a family manages itself,
 * the child's interaction mode, which a parent or expert changes, never the child's
 * device. A learner session reaches only the children its code opened, a parent its own
 * children, an expert only its own children.
 */
@RestController
@Tag(name = "kids")
class FamilyController {

    private final ChildAccess access;
    private final Children children;

    FamilyController(ChildAccess access, Children children) {
        this.access = access;
        this.children = children;
    }

    @GetMapping("/api/learners/children")
    @Operation(summary = "The active children this session may pick (its family, or the expert's own)")
    Map<String, Object> list(@CurrentCaller Caller caller) {
        List<ChildView> views = access.activeChildren(caller).stream().map(ChildView::of).toList();
        return Json.obj("success", true, "children", views, "count", views.size());
    }

    @PutMapping("/api/learners/children/{childId}/interaction-mode")
    @Operation(summary = "Change how a child's player asks questions: strict, flexible or passive")
    Map<String, Object> interactionMode(@CurrentCaller Caller caller, @PathVariable String childId,
                                        @RequestBody Map<String, Object> body) {
        if (caller.role() == Role.LEARNER) {
            throw ApiException.forbidden("Only a parent can change how questions are asked");
        }
        Child child = access.activeChild(caller, childId);
        String mode = ChildRules.interactionMode(JsonBody.of(body).text("interaction_mode", Limits.FIELD));
        if (!children.update(child.childId(), new ChildChanges(null, null, null, mode, null, null, null))) {
            throw ApiException.notFound("Child not found");
        }
        return Json.obj("success", true, "child",
                ChildView.of(children.find(child.childId()).orElseThrow(() -> ApiException.notFound("Child not found"))));
    }
}
