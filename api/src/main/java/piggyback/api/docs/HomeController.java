package piggyback.api.docs;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import io.swagger.v3.oas.annotations.Hidden;

/** The home page leads to the interactive API document until the role pages take its place. */
@Controller
@Hidden
class HomeController {

    @GetMapping("/")
    String home() {
        return "redirect:/swagger-ui.html";
    }
}
