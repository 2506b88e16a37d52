package piggyback.api.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The error envelope of every route, decided by one rule on the path (README "Errors"), so a route
 * answers every refusal (400, 401, 403, 404, 413, 415, 422, 503, from a controller or from a
 * filter) in the same shape:
 * <ul>
 * <li>{@link Envelope#ERROR} for the routes whose clients read {@code error}: the child's login,
 * {@code final-questions}, {@code transcribe} and {@code my-login-code};</li>
 * <li>{@link Envelope#MESSAGE} for the sign-in routes and every other expert, parent and
 * learner route;</li>
 * <li>{@link Envelope#DETAIL} for the admin's routes (admin, reports, ops, the pipeline's
 * {@code download}, {@code frames} and {@code submit-questions}), media files and pages.</li>
 * </ul>
 */
public final class ErrorBodies {

    /** The three envelopes the API document's clients read. */
    public enum Envelope {
        /** {@code {"detail": "..."}}. */
        DETAIL,
        /** {@code {"success": false, "message": "..."}}. */
        MESSAGE,
        /** {@code {"success": false, "error": "..."}}. */
        ERROR
    }

    private static final List<String> SIGN_IN = List.of("/api/admin/verify-access", "/api/verify-password");

    private ErrorBodies() {
    }

    public static Map<String, Object> render(Envelope envelope, String message, Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        switch (envelope) {
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

    /** The request's refusal in its route's envelope. */
    public static Map<String, Object> render(HttpServletRequest request, String message, Map<String, Object> extra) {
        return render(of(request), message, extra);
    }

    /**
     * A 422 (a body or field that cannot be read at all): the validation items as a list under
     * {@code detail}, as FastAPI answers every 422 (the API document's clients read it), with the
     * envelope's own message beside it where the envelope has one.
     */
    public static Map<String, Object> unprocessable(HttpServletRequest request, String message, List<?> items) {
        Envelope envelope = of(request);
        return envelope == Envelope.DETAIL ? Json.obj("detail", items)
                : render(envelope, message, Json.obj("detail", items));
    }

    public static Envelope of(HttpServletRequest request) {
        return of(request.getRequestURI().substring(request.getContextPath().length()));
    }

    public static Envelope of(String path) {
        if (path.startsWith("/api/final-questions/") || path.equals("/api/transcribe")
                || path.equals("/api/learners/parents/login") || path.equals("/api/expert/my-login-code")) {
            return Envelope.ERROR;
        }
        if (SIGN_IN.contains(path)) {
            return Envelope.MESSAGE;
        }
        if (!path.startsWith("/api/") || path.startsWith("/api/admin/") || path.startsWith("/api/reports/")
                || path.startsWith("/api/ops/") || path.equals("/api/download") || path.startsWith("/api/frames/")
                || path.equals("/api/submit-questions")) {
            return Envelope.DETAIL;
        }
        return Envelope.MESSAGE;
    }
}
