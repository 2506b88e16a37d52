package piggyback.api.security;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A browser asking for an admin or operator page without an admin session goes to the admin
 * login page, which brings it back afterwards ({@code next}); the JSON routes keep their 401/403.
 */
final class AdminLoginRedirect implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final AdminLoginRedirect INSTANCE = new AdminLoginRedirect();

    /** The pages: /admin, /admin/…, /ops, /ops/… (never /api/…). */
    static final RequestMatcher PAGES = request -> {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/admin") || path.startsWith("/admin/") || path.equals("/ops") || path.startsWith("/ops/");
    };

    private AdminLoginRedirect() {
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        redirect(request, response);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        redirect(request, response);
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String page = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            page += "?" + request.getQueryString();
        }
        response.sendRedirect(request.getContextPath() + "/admin/login?next="
                + URLEncoder.encode(page, StandardCharsets.UTF_8));
    }
}
