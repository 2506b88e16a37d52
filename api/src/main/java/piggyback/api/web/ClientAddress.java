package piggyback.api.web;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The caller's address. Behind a reverse proxy Tomcat takes it from X-Forwarded-For, but only
 * when the proxy itself is on a trusted internal address, so a client cannot forge it.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        return request.getRemoteAddr();
    }

    /** The address of the request being served on this thread, or null outside a request. */
    public static String current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? of(attributes.getRequest()) : null;
    }
}
