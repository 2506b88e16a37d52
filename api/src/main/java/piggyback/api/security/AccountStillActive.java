package piggyback.api.security;

import java.io.IOException;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import piggyback.storage.codes.CodeOwner;
import piggyback.storage.experts.Experts;
import piggyback.storage.parents.Parents;

/**
 * Ends the session of an account that was deactivated or deleted since it signed in, so an
 * admin's "deactivate" takes effect at once and not at the session's expiry.
 */
class AccountStillActive extends OncePerRequestFilter {

    private final Experts experts;
    private final Parents parents;

    AccountStillActive(Experts experts, Parents parents) {
        this.experts = experts;
        this.parents = parents;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Sessions.current().filter(caller -> !stillActive(caller)).ifPresent(gone -> {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        });
        chain.doFilter(request, response);
    }

    private boolean stillActive(Caller caller) {
        return switch (caller.role()) {
            case ADMIN -> true;
            case EXPERT -> expertActive(caller.accountId());
            case LEARNER -> caller.learnerOf() == CodeOwner.Kind.PARENT
                    ? parents.find(caller.accountId()).map(p -> p.active()).orElse(false)
                    : expertActive(caller.accountId());
        };
    }

    private boolean expertActive(String expertId) {
        return experts.find(expertId).map(e -> e.active()).orElse(false);
    }
}
