package piggyback.api.security;

import java.io.IOException;
import java.time.Instant;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Ends a session a fixed time after sign-in, however busy it is: the idle timeout alone would
 * let a child's always-open tablet keep a session for ever.
 */
class AbsoluteSessionTimeout extends OncePerRequestFilter {

    private final long maxAgeMillis;

    AbsoluteSessionTimeout(SecurityProperties properties) {
        this.maxAgeMillis = properties.absoluteSessionTimeout().toMillis();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(Sessions.SIGNED_IN_AT) instanceof Long signedInAt
                && Instant.now().toEpochMilli() - signedInAt > maxAgeMillis) {
            session.invalidate();
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }
}
