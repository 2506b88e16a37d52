package piggyback.api.security;

import java.io.IOException;
import java.net.URI;
import java.util.Set;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses (403) a request that may change something when a browser says it was sent by a page of
 * another origin: its {@code Origin} header, or, without one, its {@code Sec-Fetch-Site}. The
 * session cookie is SameSite=Lax, which stops other sites but not another port or subdomain of the
 * same site (a form posted from {@code http://127.0.0.1:19998} carries the cookie of
 * {@code http://127.0.0.1:8080}). Clients that are not browsers send neither header and are not
 * affected; reads are left to the browser's same-origin rule. The origins of
 * {@code piggyback.api.cors.allowed-origins} ({@link AllowedOrigins}) count as this one.
 */
final class SameOriginWrites extends OncePerRequestFilter {

    static final String REFUSED = "Cross-origin request refused";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final JsonRefusals refusals;
    private final AllowedOrigins allowed;

    SameOriginWrites(JsonRefusals refusals, AllowedOrigins allowed) {
        this.refusals = refusals;
        this.allowed = allowed;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (READS.contains(request.getMethod()) || fromThisOrigin(request)
                || allowed.allows(request.getHeader("Origin"))) {
            chain.doFilter(request, response);
        } else {
            refusals.write(request, response, HttpServletResponse.SC_FORBIDDEN, REFUSED);
        }
    }

    static boolean fromThisOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return isThisOrigin(origin.trim(), request);
        }
        String site = request.getHeader("Sec-Fetch-Site");
        // "none" (the address bar, a bookmark) never sends a write from a page of this origin
        return site == null || site.equals("same-origin");
    }

    /**
     * The Origin header names this server as the browser addressed it: the scheme the request
     * arrived with (as a trusted proxy says, for TLS ended at the proxy) and the Host header the
     * browser sent, which a proxy passes on unchanged. The Host header, not the port Tomcat listens
     * on: behind a proxy or a published container port the two differ.
     */
    private static boolean isThisOrigin(String origin, HttpServletRequest request) {
        URI uri;
        URI self;
        try {
            uri = URI.create(origin);
            self = URI.create(request.getScheme() + "://" + request.getHeader("Host"));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        // "null" (a sandboxed or privacy-sensitive context) has no scheme and is never this origin
        if (uri.getScheme() == null || uri.getHost() == null || self.getHost() == null) {
            return false;
        }
        return uri.getScheme().equalsIgnoreCase(self.getScheme())
                && bare(uri.getHost()).equalsIgnoreCase(bare(self.getHost()))
                && port(uri) == port(self);
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    private static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
