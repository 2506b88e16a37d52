package piggyback.api.expert.review;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import piggyback.api.security.Caller;
import piggyback.api.security.Role;
import piggyback.api.security.Sessions;

/**
 * The expert's pages (static files under {@code static/expert/}): sign-in, the list of videos,
 * and the edit page of one video. Without an expert session the pages lead to the sign-in page,
 * which comes back afterwards; the edit page's other refusals are {@code detail} ones
 * (docs/decisions/0001-error-envelopes.md).
 */
@Controller
@Tag(name = "expert")
class ExpertPagesController {

    private final ReviewAccess access;

    ExpertPagesController(ReviewAccess access) {
        this.access = access;
    }

    @Hidden
    @GetMapping("/expert/login")
    String login() {
        return "forward:/expert/login.html";
    }

    @Hidden
    @GetMapping({"/expert", "/expert/"})
    String videos() {
        return expert().isPresent() ? "forward:/expert/index.html" : "redirect:/expert/login?next=/expert/";
    }

    @GetMapping("/expert/edit/{videoId}")
    @Operation(summary = "Expert edit page for a video (HTML)")
    String edit(@PathVariable String videoId) {
        // no session, or another role's (an admin, a child's device): the expert signs in first
        Optional<Caller> caller = expert();
        if (caller.isEmpty()) {
            return "redirect:/expert/login?next="
                    + URLEncoder.encode("/expert/edit/" + videoId, StandardCharsets.UTF_8);
        }
        access.video(caller.get(), videoId);
        return "forward:/expert/edit.html";
    }

    private static Optional<Caller> expert() {
        return Sessions.current().filter(caller -> caller.role() == Role.EXPERT);
    }
}
