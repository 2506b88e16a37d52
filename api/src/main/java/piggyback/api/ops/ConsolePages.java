package piggyback.api.ops;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The admin console ({@code /admin/}) and the operator dashboard ({@code /ops/jobs}):
 * static pages in {@code static/admin/} and {@code static/ops/}, served under their short addresses.
 * Security sends a browser without an admin session to {@code /admin/login}.
 */
@Controller
@Hidden
class ConsolePages {

    @GetMapping("/admin")
    String adminWithoutSlash() {
        return "redirect:/admin/";
    }

    @GetMapping("/admin/")
    String admin() {
        return "forward:/admin/index.html";
    }

    @GetMapping("/admin/login")
    String login() {
        return "forward:/admin/login.html";
    }

    @GetMapping({"/ops", "/ops/"})
    String ops() {
        return "redirect:/ops/jobs";
    }

    @GetMapping("/ops/jobs")
    String jobs() {
        return "forward:/ops/jobs.html";
    }
}
