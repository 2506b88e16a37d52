package piggyback.api.web;

import java.util.Map;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Tomcat's error page, where every {@code sendError} lands: Spring MVC's 400, 405 and 406, Spring
 * Security's firewall (a {@code ;}, {@code //} or encoded dot in the path, a lower-case method),
 * Tomcat's TRACE refusal, an exception nothing handled. It answers in the envelope of the route asked
 * for, labelled JSON before negotiation (a client accepting only HTML gets JSON), with the status's
 * own words: the framework's messages name the path or the rule broken. Boot's page answered
 * {@code {"timestamp", "status", "error", "path"}} or HTML. Asked for directly, {@code /error} is
 * no route (404).
 */
@RestController
@Hidden
class JsonErrorPage implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<Map<String, Object>> error(HttpServletRequest request, HttpServletResponse response) {
        // Spring Security wrote none when its firewall refused the request, nor does Tomcat for TRACE
        SecurityHeaders.set(response);
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        HttpStatus status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                ? HttpStatus.resolve(code) : null;
        if (uri == null || status == null) {
            return answer(HttpStatus.NOT_FOUND, ErrorBodies.of(request));
        }
        return answer(status, ErrorBodies.of(uri.substring(request.getContextPath().length())));
    }

    private static ResponseEntity<Map<String, Object>> answer(HttpStatus status, ErrorBodies.Envelope envelope) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(ErrorBodies.render(envelope, status.getReasonPhrase(), Map.of()));
    }
}
