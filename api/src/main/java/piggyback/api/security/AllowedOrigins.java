package piggyback.api.security;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The other origins whose pages may call the API with the session cookie
 * ({@code piggyback.api.cors.allowed-origins}, none by default): a single-page app served
 * elsewhere. An allowed origin gets CORS answers with credentials and its writes pass
 * {@link SameOriginWrites}; any other origin gets no CORS headers (the browser keeps the answer
 * from its page) and its writes stay refused. Exact origins only: a wildcard with credentials
 * would hand every site the user's session.
 *
 * @param allowedOrigins {@code scheme://host[:port]}, comma-separated in the environment
 */
@ConfigurationProperties("piggyback.api.cors")
record AllowedOrigins(List<String> allowedOrigins) implements CorsConfigurationSource {

    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    AllowedOrigins {
        allowedOrigins = allowedOrigins == null ? List.of() : allowedOrigins.stream().map(String::trim)
                .filter(origin -> !origin.isEmpty()).map(AllowedOrigins::checked).toList();
    }

    boolean allows(String origin) {
        return origin != null && canonical(origin.trim()).map(Set.copyOf(allowedOrigins)::contains).orElse(false);
    }

    @Override
    public CorsConfiguration getCorsConfiguration(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (!allows(origin)) {
            // not a CORS answer at all: the browser refuses the page the response
            return null;
        }
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(List.of(origin.trim()));
        cors.setAllowCredentials(true);
        cors.setAllowedMethods(METHODS);
        cors.setAllowedHeaders(List.of("Content-Type", "Range"));
        cors.setExposedHeaders(List.of("Content-Disposition", "Content-Range", "Retry-After", "Location"));
        cors.setMaxAge(Duration.ofHours(1));
        return cors;
    }

    private static String checked(String origin) {
        return canonical(origin).orElseThrow(() -> new IllegalStateException("piggyback.api.cors.allowed-origins: "
                + origin + " is not an origin (scheme://host[:port], no path, no wildcard)"));
    }

    /** {@code HTTPS://App.Example:443} -> {@code https://app.example}; empty for anything but an origin. */
    static Optional<String> canonical(String origin) {
        URI uri;
        try {
            uri = URI.create(origin);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean bare = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null
                && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
        if (!Set.of("http", "https").contains(scheme) || uri.getHost() == null || !bare) {
            return Optional.empty();
        }
        int defaultPort = scheme.equals("https") ? 443 : 80;
        String port = uri.getPort() == -1 || uri.getPort() == defaultPort ? "" : ":" + uri.getPort();
        return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port);
    }
}
