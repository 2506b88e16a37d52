package piggyback.api.kids.videos;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import piggyback.api.accounts.ChildView;
import piggyback.api.kids.ChildAccess;
import piggyback.api.security.Caller;
import piggyback.api.security.CurrentCaller;
import piggyback.api.web.ApiException;
import piggyback.api.web.Json;
import piggyback.storage.children.Child;
import piggyback.storage.videos.Assignments;

/**
 * The kids' video library: the whole library as far as the caller may see it, and
 * one child's videos, which are exactly those assigned to the child's expert.
 */
@RestController
@Tag(name = "kids")
class KidsVideosController {

    private final KidsCatalogue catalogue;
    private final VideoScope scope;
    private final ChildAccess childAccess;
    private final Assignments assignments;

    KidsVideosController(KidsCatalogue catalogue, VideoScope scope, ChildAccess childAccess, Assignments assignments) {
        this.catalogue = catalogue;
        this.scope = scope;
        this.childAccess = childAccess;
        this.assignments = assignments;
    }

    @GetMapping("/api/kids_videos")
    @Operation(summary = "List all locally available videos for kids")
    Map<String, Object> library(@CurrentCaller Caller caller) {
        List<KidsVideo> videos = catalogue.of(scope.of(caller));
        return Json.obj("success", true, "count", videos.size(), "videos", videos);
    }

    @GetMapping("/api/learners/children/{childId}/videos")
    @Operation(summary = "Get videos available for a child")
    Map<String, Object> childVideos(@CurrentCaller Caller caller, @PathVariable String childId) {
        Child child = activeVisibleChild(caller, childId);
        if (child.expertId() == null) {
            return Json.obj("success", true, "child", ChildView.of(child), "videos", List.of(), "count", 0,
                    "message", "Child is not linked to an expert");
        }
        List<KidsVideo> videos = catalogue.of(VisibleVideos.only(assignments.videoIdsOf(child.expertId())));
        return Json.obj("success", true, "child", ChildView.of(child), "videos", videos, "count", videos.size());
    }

    private Child activeVisibleChild(Caller caller, String childId) {
        try {
            return childAccess.activeChild(caller, childId);
        } catch (ApiException refused) {
            throw refused.with("videos", List.of());
        }
    }
}
