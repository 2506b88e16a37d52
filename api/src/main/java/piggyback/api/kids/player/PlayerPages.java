package piggyback.api.kids.player;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.swagger.v3.oas.annotations.Hidden;
import piggyback.api.web.ApiException;
import piggyback.api.web.Ids;

/**
 * The children's pages (static files under {@code static/play/}): the picker at {@code /play} and
 * the player at {@code /play/watch/<video_id>}, which reads the id from its address.
 */
@Controller
@Hidden
class PlayerPages {

    @GetMapping({"/play", "/play/"})
    String picker() {
        return "forward:/play/index.html";
    }

    @GetMapping("/play/watch/{videoId}")
    String player(@PathVariable String videoId) {
        if (!Ids.isVideoId(videoId)) {
            throw ApiException.notFound("Not Found");
        }
        return "forward:/play/watch.html";
    }
}
