package piggyback.api.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** A refusal with the status and message the client sees, in the route's envelope ({@link ErrorBodies}). */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final Map<String, Object> extra = new LinkedHashMap<>();
    private final HttpHeaders headers = new HttpHeaders();

    public ApiException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(HttpStatus.NOT_FOUND, message);
    }

    public static ApiException conflict(String message) {
        return new ApiException(HttpStatus.CONFLICT, message);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(HttpStatus.FORBIDDEN, message);
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(HttpStatus.UNAUTHORIZED, message);
    }

    /** Adds a field the route always answers with, e.g. {@code "children": []}. */
    public ApiException with(String key, Object value) {
        extra.put(key, value);
        return this;
    }

    /** Adds a header the refusal is answered with, e.g. {@code Retry-After}. */
    public ApiException header(String name, String value) {
        headers.add(name, value);
        return this;
    }

    public HttpStatus status() {
        return status;
    }

    public Map<String, Object> extra() {
        return extra;
    }

    public HttpHeaders headers() {
        return headers;
    }
}
