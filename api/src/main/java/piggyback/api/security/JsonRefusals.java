package piggyback.api.security;

import java.io.IOException;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import piggyback.api.web.ErrorBodies;
import tools.jackson.databind.json.JsonMapper;

/** 401 without a session, 403 with the wrong one; in the envelope of the route asked for. */
class JsonRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json;

    JsonRefusals(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        write(request, response, HttpServletResponse.SC_UNAUTHORIZED, requiredLogin(request));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, HttpServletResponse.SC_FORBIDDEN, requiredLogin(request).replace("login required",
                "access required"));
    }

    private static String requiredLogin(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/admin/") || path.startsWith("/api/ops/") || path.startsWith("/api/reports/") || path.equals("/api/submit-questions")
                || path.startsWith("/ws/") || path.startsWith("/actuator/")) {
            return "Admin login required";
        }
        if (path.startsWith("/api/expert/") || path.startsWith("/api/expert-")
                || path.equals("/api/save-final-questions")) {
            return "Expert login required";
        }
        if (path.startsWith("/api/parents/")) {
            return "Parent login required";
        }
        return "Login required";
    }

    /** Writes the refusal in the envelope of the route asked for. */
    void write(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), ErrorBodies.render(ErrorBodies.styleForPath(request), message, Map.of()));
    }
}
