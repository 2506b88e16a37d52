package piggyback.api.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

/** Renders a refusal in a route's envelope; used by the MVC advice and by the security filters. */
public final class ErrorBodies {

    private ErrorBodies() {
    }

    public static Map<String, Object> render(ErrorStyle.Style style, String message, Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        switch (style) {
            case DETAIL -> body.put("detail", message);
            case MESSAGE -> {
                body.put("success", false);
                body.put("message", message);
            }
            case ERROR -> {
                body.put("success", false);
                body.put("error", message);
            }
        }
        body.putAll(extra);
        return body;
    }

    /** The style for a request no controller method has claimed (security refusals, unknown paths). */
    public static ErrorStyle.Style styleForPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/admin/") || path.startsWith("/api/ops/") || path.equals("/api/submit-questions") || !path.startsWith("/api/")) {
            return ErrorStyle.Style.DETAIL;
        }
        // the routes whose clients read "error" (docs/decisions/0001-error-envelopes.md)
        if (path.startsWith("/api/final-questions/") || path.equals("/api/transcribe")
                || path.equals("/api/learners/parents/login")) {
            return ErrorStyle.Style.ERROR;
        }
        return ErrorStyle.Style.MESSAGE;
    }
}
