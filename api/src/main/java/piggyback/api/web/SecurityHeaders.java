package piggyback.api.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every response carries (docs/decisions/0014-json-only-responses.md). Spring Security
 * writes them on the requests it passes; {@link #set} writes them on the error answers it never
 * sees: Tomcat's own refusals and errors forwarded after its firewall refused the request.
 */
public final class SecurityHeaders {

    /**
     * Every response's policy: scripts, styles and everything else from this origin only, no inline
     * script or style, no plugins, never framed. Recorded speech and thumbnails may be blob: or
     * data: URLs; the pages build their content with DOM calls, which the policy allows.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; media-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static void set(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Referrer-Policy", "same-origin");
    }
}
