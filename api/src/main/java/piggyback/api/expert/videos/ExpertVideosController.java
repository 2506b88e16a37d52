package piggyback.api.expert.videos;

import java.util.Map;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import piggyback.api.security.Caller;
import piggyback.api.security.CurrentCaller;
import piggyback.api.web.Json;

/** The videos experts review, and claiming them (docs/decisions/0009-who-may-call-what.md). */
@RestController
@Tag(name = "expert")
class ExpertVideosController {

    private final VideoCards cards;
    private final VideoClaims claims;

    ExpertVideosController(VideoCards cards, VideoClaims claims) {
        this.cards = cards;
        this.claims = claims;
    }

    @GetMapping("/api/expert/videos")
    @Operation(summary = "List all processed videos available to experts")
    Map<String, Object> videos(@CurrentCaller Caller expert) {
        return Json.obj("success", true, "videos", cards.forExpert(expert.accountId()));
    }

    @GetMapping("/api/expert/videos/available")
    @Operation(summary = "List videos not yet claimed by any expert")
    Map<String, Object> available(@CurrentCaller Caller expert) {
        return Json.obj("success", true, "videos", cards.unclaimed());
    }

    @PostMapping("/api/expert/videos/{videoId}/claim")
    @Operation(summary = "Claim a video for expert review")
    Map<String, Object> claim(@CurrentCaller Caller expert, @PathVariable String videoId) {
        boolean created = claims.claim(expert.accountId(), videoId);
        return Json.obj("success", true, "claimed", created);
    }

    @DeleteMapping("/api/expert/videos/{videoId}/unclaim")
    @Operation(summary = "Unclaim a video from the expert")
    Map<String, Object> unclaim(@CurrentCaller Caller expert, @PathVariable String videoId) {
        claims.unclaim(expert.accountId(), videoId);
        return Json.obj("success", true);
    }

    /** Experts and admins (the reference left it open; docs/decisions/0009-who-may-call-what.md). */
    @GetMapping("/api/videos-list")
    @Operation(summary = "List downloaded videos (shared expert/admin view)")
    Map<String, Object> videosList(@CurrentCaller Caller caller) {
        return Json.obj("success", true, "videos", cards.all());
    }
}
