package piggyback.api.parents;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import piggyback.api.accounts.ChildView;
import piggyback.api.security.Caller;
import piggyback.api.security.CurrentCaller;
import piggyback.api.web.ApiException;
import piggyback.api.web.Json;
import piggyback.batch.privacy.PrivacyProperties;
import piggyback.storage.UtcTime;
import piggyback.storage.children.Child;

/**
 * The parents' page data and a family's rights over its children's data: a copy of everything
 * kept, erasure of the history, erasure of the child. Parent sessions (and experts for their
 * children without a parent) only: a child's device is refused.
 */
@RestController
@Tag(name = "parents")
class ParentsController {

    private final FamilyChildren family;
    private final ChildDataExport export;
    private final ChildErasure erasure;
    private final PrivacyProperties privacy;

    ParentsController(FamilyChildren family, ChildDataExport export, ChildErasure erasure, PrivacyProperties privacy) {
        this.family = family;
        this.export = export;
        this.erasure = erasure;
        this.privacy = privacy;
    }

    @GetMapping("/api/parents/children")
    @Operation(summary = "The children of the parents' page, active or not, and whether the caller may export and erase each")
    Map<String, Object> children(@CurrentCaller Caller caller) {
        List<Map<String, Object>> views = family.of(caller).stream().map(child -> Json.obj(
                "child", ChildView.of(child), "may_export_and_erase", FamilyChildren.isFamilyOf(caller, child))).toList();
        return Json.obj("success", true, "parent", Json.obj("id", caller.accountId(),
                "display_name", caller.displayName(), "role", caller.role().name().toLowerCase()),
                "children", views, "count", views.size(), "retention_days", privacy.retention().toDays());
    }

    @GetMapping("/api/parents/children/{childId}/export")
    @Operation(summary = "Everything kept about the child: profile, attempts, answers and grades (json or csv)")
    ResponseEntity<?> export(@CurrentCaller Caller caller, @PathVariable String childId,
                             @RequestParam(defaultValue = "json") String format) {
        Child child = family.child(caller, childId);
        String file = "child-" + child.childId() + "-" + UtcTime.now().toLocalDate();
        return switch (format.trim().toLowerCase()) {
            case "json" -> ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, attachment(file + ".json"))
                    .contentType(MediaType.APPLICATION_JSON).body(export.json(child));
            case "csv" -> ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, attachment(file + ".csv"))
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .body(export.csv(child).getBytes(StandardCharsets.UTF_8));
            default -> throw ApiException.badRequest("format must be json or csv");
        };
    }

    @DeleteMapping("/api/parents/children/{childId}/attempts")
    @Operation(summary = "Erase the child's history: every attempt, answer and grade")
    Map<String, Object> eraseHistory(@CurrentCaller Caller caller, @PathVariable String childId) {
        int deleted = erasure.history(caller, family.child(caller, childId));
        return Json.obj("success", true, "deleted_attempts", deleted);
    }

    @DeleteMapping("/api/parents/children/{childId}")
    @Operation(summary = "Erase the child and everything about it")
    Map<String, Object> eraseChild(@CurrentCaller Caller caller, @PathVariable String childId) {
        erasure.child(caller, family.child(caller, childId));
        return Json.obj("success", true);
    }

    private static String attachment(String name) {
        return ContentDisposition.attachment().filename(name).build().toString();
    }
}
