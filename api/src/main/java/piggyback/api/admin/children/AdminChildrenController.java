package piggyback.api.admin.children;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import piggyback.api.accounts.ChildRules;
import piggyback.api.accounts.ChildView;
import piggyback.api.admin.experts.ExpertView;
import piggyback.api.web.BooleanParameter;
import piggyback.api.web.Json;
import piggyback.api.web.JsonBody;
import piggyback.storage.experts.Experts;

/** Admin CRUD of child profiles ({@code detail} errors, docs/decisions/0001-error-envelopes.md). */
@RestController
@RequestMapping("/api/admin/children")
@Tag(name = "admin")
class AdminChildrenController {

    private final ChildProfiles profiles;
    private final Experts experts;

    AdminChildrenController(ChildProfiles profiles, Experts experts) {
        this.profiles = profiles;
        this.experts = experts;
    }

    @GetMapping
    @Operation(summary = "List all children")
    Map<String, Object> list(@RequestParam(name = "expert_id", required = false) String expertId,
                             @RequestParam(name = "include_inactive", required = false) String includeInactive) {
        boolean inactiveToo = BooleanParameter.parse("include_inactive", includeInactive);
        List<ChildView> children = profiles.list(expertId, inactiveToo).stream().map(ChildView::of).toList();
        return Json.obj("success", true, "children", children, "experts", experts.all().stream().map(ExpertView::of).toList(),
                "icon_keys", ChildRules.ICON_KEYS, "count", children.size());
    }

    @PostMapping
    @Operation(summary = "Create a new child profile")
    Map<String, Object> create(@RequestBody Map<String, Object> body) {
        return Json.obj("success", true, "child", ChildView.of(profiles.create(JsonBody.of(body))));
    }

    @PutMapping("/{childId}")
    @Operation(summary = "Update a child profile")
    Map<String, Object> update(@PathVariable String childId, @RequestBody Map<String, Object> body) {
        return Json.obj("success", true, "child", ChildView.of(profiles.update(childId, JsonBody.of(body))));
    }

    @DeleteMapping("/{childId}")
    @Operation(summary = "Delete a child profile")
    Map<String, Object> delete(@PathVariable String childId) {
        profiles.delete(childId);
        return Json.obj("success", true);
    }

    @PostMapping("/{childId}/deactivate")
    @Operation(summary = "Deactivate a child profile")
    Map<String, Object> deactivate(@PathVariable String childId) {
        return Json.obj("success", true, "child", ChildView.of(profiles.deactivate(childId)));
    }

    @PostMapping("/{childId}/unlink")
    @Operation(summary = "Unlink a child from their parent")
    Map<String, Object> unlink(@PathVariable String childId) {
        return Json.obj("success", true, "child", ChildView.of(profiles.unlink(childId)));
    }
}
