package piggyback.api.kids.family;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import io.swagger.v3.oas.annotations.Hidden;

/** The parents' page and the page where a parent chooses its password (static files under {@code static/parents}). */
@Controller
@Hidden
class ParentsPage {

    @GetMapping({"/parents", "/parents/"})
    String page() {
        return "forward:/parents/index.html";
    }

    @GetMapping("/parents/password")
    String password() {
        return "forward:/parents/password.html";
    }
}
