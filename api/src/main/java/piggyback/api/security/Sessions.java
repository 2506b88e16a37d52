package piggyback.api.security;

import java.time.Instant;
import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Signs callers in and out of server-side sessions (stored in MySQL by Spring Session). Every
 * sign-in starts a new session, so an id planted before login is worthless after it.
 */
@Component
public class Sessions {

    /** When the session was signed in, for the absolute timeout. */
    static final String SIGNED_IN_AT = "piggyback.signedInAt";
    /** The {@link Credential} it was opened with, so that changing it ends the session. */
    static final String CREDENTIAL = "piggyback.credential";

    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    public void signIn(Caller caller, Credential credential, HttpServletRequest request, HttpServletResponse response) {
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(SIGNED_IN_AT, Instant.now().toEpochMilli());
        session.setAttribute(CREDENTIAL, credential.name());
        session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, AccountSessions.owner(caller));

        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                caller, null, List.of(new SimpleGrantedAuthority(caller.role().authority()))));
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
    }

    /** Ends the session on the server: a copied cookie is dead afterwards. */
    public void signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
    }

    /** The id of the request's session, or null without one. */
    public static String currentSessionId(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : session.getId();
    }

    /** The signed-in caller, if any. */
    public static java.util.Optional<Caller> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Caller caller
                ? java.util.Optional.of(caller) : java.util.Optional.empty();
    }
}
