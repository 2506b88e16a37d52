package piggyback.api.quiz;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import piggyback.api.kids.ChildAccess;
import piggyback.api.security.Caller;
import piggyback.api.security.CurrentCaller;
import piggyback.api.web.ApiException;
import piggyback.api.web.Ids;
import piggyback.api.web.Json;
import piggyback.storage.children.Child;

/**
 * A child's progress report: for whoever may see the child, for admins (wrapped), and
 * for the child's expert narrowed to one video or interaction mode. The URL rules keep
 * {@code /api/reports/**} to admins and {@code /api/expert/**} to experts.
 */
@RestController
class ReportsController {

    private static final List<String> MODES = List.of("all", "strict", "flexible", "passive");

    private final ChildAccess access;
    private final ChildReports reports;

    ReportsController(ChildAccess access, ChildReports reports) {
        this.access = access;
        this.reports = reports;
    }

    @GetMapping("/api/learners/children/{childId}/report")
    @Tag(name = "kids")
    @Operation(summary = "Get report for a child")
    Map<String, Object> childReport(@CurrentCaller Caller caller, @PathVariable String childId) {
        return reports.report(access.activeChild(caller, ChildIdRule.check(childId)).childId());
    }

    @GetMapping("/api/reports/child/{childId}")
    @Tag(name = "admin")
    @Operation(summary = "Get full report for a child (admin view)")
    Map<String, Object> adminReport(@CurrentCaller Caller caller, @PathVariable String childId) {
        return Json.obj("success", true, "report", reports.report(visible(caller, childId).childId()));
    }

    @GetMapping("/api/expert/report")
    @Tag(name = "expert")
    @Operation(summary = "Get the child progress report for the logged-in expert")
    Map<String, Object> expertReport(@CurrentCaller Caller caller,
                                     @RequestParam(name = "child_id", required = false) String childId,
                                     @RequestParam(name = "video_id", required = false) String videoId,
                                     @RequestParam(name = "mode", required = false) String mode) {
        String video = videoId == null || videoId.isBlank() ? null : videoId.trim();
        if (video != null && !Ids.isVideoId(video)) {
            throw ApiException.badRequest("video_id is invalid");
        }
        String chosenMode = mode == null || mode.isBlank() ? "all" : mode.trim().toLowerCase(Locale.ROOT);
        if (!MODES.contains(chosenMode)) {
            throw ApiException.badRequest("mode must be all, strict, flexible or passive");
        }
        return reports.scoped(visible(caller, childId).childId(), video, chosenMode);
    }

    private Child visible(Caller caller, String childId) {
        return access.visibleChild(caller, ChildIdRule.check(childId));
    }
}
