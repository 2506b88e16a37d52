package piggyback.api.expert.account;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import piggyback.api.security.Caller;
import piggyback.api.security.CurrentCaller;
import piggyback.api.security.Sessions;
import piggyback.api.web.Json;
import piggyback.api.web.JsonBody;
import piggyback.api.web.Limits;

/** The signed-in expert's own code, its class code and the parents of its children. */
@RestController
@RequestMapping("/api/expert")
@Tag(name = "expert")
class ExpertAccountController {

    private final ExpertFamilies families;

    ExpertAccountController(ExpertFamilies families) {
        this.families = families;
    }

    /** Whether the expert chose its own code and has a class code; no code is ever returned. */
    @GetMapping("/access-code")
    @Operation(summary = "Get the logged-in expert's current access code")
    Map<String, Object> accessCode(@CurrentCaller Caller expert) {
        return Json.obj("success", true, "parent_id", expert.accountId(),
                "has_custom_code", families.hasCustomCode(expert.accountId()),
                "has_class_code", families.hasClassCode(expert.accountId()));
    }

    @PutMapping("/my-login-code")
    @Operation(summary = "Update the logged-in expert's own login code")
    Map<String, Object> myLoginCode(@CurrentCaller Caller expert, @RequestBody Map<String, Object> body,
                                    HttpServletRequest request) {
        families.setOwnCode(expert.accountId(), JsonBody.of(body).text("login_code", Limits.FIELD),
                Sessions.currentSessionId(request));
        return Json.obj("success", true);
    }

    @PutMapping("/class-code")
    @Operation(summary = "Set the logged-in expert's class code (what a classroom device types for its"
            + " children who have no parent)")
    Map<String, Object> setClassCode(@CurrentCaller Caller expert, @RequestBody Map<String, Object> body) {
        families.setClassCode(expert.accountId(), JsonBody.of(body).text("class_code", Limits.FIELD));
        return Json.obj("success", true);
    }

    @DeleteMapping("/class-code")
    @Operation(summary = "Clear the logged-in expert's class code (its classroom devices are signed out)")
    Map<String, Object> clearClassCode(@CurrentCaller Caller expert) {
        families.clearClassCode(expert.accountId());
        return Json.obj("success", true);
    }

    @GetMapping("/parents")
    @Operation(summary = "List all parents managed by the logged-in expert")
    Map<String, Object> parents(@CurrentCaller Caller expert) {
        List<Map<String, Object>> parents = families.parentsOf(expert.accountId()).stream()
                .map(p -> Json.obj("parent_id", p.parentId(), "display_name", p.displayName())).toList();
        return Json.obj("success", true, "parents", parents);
    }

    @GetMapping("/parents/{parentId}/children")
    @Operation(summary = "List children linked to a parent")
    Map<String, Object> children(@CurrentCaller Caller expert, @PathVariable String parentId) {
        List<Map<String, Object>> children = families.childrenOf(expert.accountId(), parentId).stream()
                .map(c -> Json.obj("child_id", c.childId(), "first_name", c.firstName(), "last_name", c.lastName(),
                        "icon_key", c.iconKey(), "interaction_mode", c.interactionMode(), "is_active", c.active()))
                .toList();
        return Json.obj("success", true, "children", children);
    }

    @PutMapping("/parents/{parentId}/login-code")
    @Operation(summary = "Update a parent's login/access code")
    Map<String, Object> parentLoginCode(@CurrentCaller Caller expert, @PathVariable String parentId,
                                        @RequestBody Map<String, Object> body) {
        families.setParentCode(expert.accountId(), parentId, JsonBody.of(body).text("login_code", Limits.FIELD));
        return Json.obj("success", true, "message", "Login code updated.");
    }
}
