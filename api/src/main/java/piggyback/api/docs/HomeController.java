package piggyback.api.docs;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import io.swagger.v3.oas.annotations.Hidden;

/** The home page: the doors to the pages of each kind of user, and to the API document. */
@Controller
@Hidden
class HomeController {

    @GetMapping("/")
    String home() {
        return "forward:/index.html";
    }
}
