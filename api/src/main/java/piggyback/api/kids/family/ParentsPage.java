package piggyback.api.kids.family;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import io.swagger.v3.oas.annotations.Hidden;

/** The parents' page (the static file {@code static/parents/index.html}). */
@Controller
@Hidden
class ParentsPage {

    @GetMapping({"/parents", "/parents/"})
    String page() {
        return "forward:/parents/index.html";
    }
}
