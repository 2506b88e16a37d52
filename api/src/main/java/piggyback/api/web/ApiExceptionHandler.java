package piggyback.api.web;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import jakarta.servlet.http.HttpServletRequest;
import piggyback.storage.media.MediaStoreException;

/**
 * Every refusal becomes a clear 4xx in the route's envelope; infrastructure failures a 503;
 * nothing leaks a stack trace.
 */
@RestControllerAdvice
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Map<String, Object>> refused(ApiException e, HttpServletRequest request) {
        return json(ResponseEntity.status(e.status()).headers(e.headers()),
                ErrorBodies.render(request, e.getMessage(), e.extra()));
    }

    /**
     * As the reference's framework: a missing declared form field or part is a 422 with a Pydantic-like detail list.
     */
    @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class})
    ResponseEntity<Map<String, Object>> missingField(Exception e, HttpServletRequest request) {
        String name = e instanceof MissingServletRequestParameterException p ? p.getParameterName()
                : ((MissingServletRequestPartException) e).getRequestPartName();
        return unprocessable(request, List.of("body", name), "Field required", "missing", name + " is required");
    }

    /** No body, malformed JSON, or JSON that is not an object where an object is required. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        if (NestedExceptionUtils.getRootCause(e) instanceof JsonBodyLimit.TooLarge tooLarge) {
            return refusal(HttpStatus.CONTENT_TOO_LARGE, request, tooLarge.getMessage());
        }
        return unprocessable(request, List.of("body"), "Request body must be a JSON object", "json_invalid",
                "Request body must be a JSON object");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> badParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return refusal(HttpStatus.BAD_REQUEST, request, e.getName() + " has an invalid value");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> unsupportedType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return refusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, request, "Unsupported content type " + e.getContentType());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, Object>> wrongMethod(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return refusal(HttpStatus.METHOD_NOT_ALLOWED, request, "Method " + e.getMethod() + " is not allowed here");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<Map<String, Object>> noSuchPath(HttpServletRequest request) {
        return refusal(HttpStatus.NOT_FOUND, request, "Not Found");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge(HttpServletRequest request) {
        return refusal(HttpStatus.CONTENT_TOO_LARGE, request, "The upload is too large");
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Map<String, Object>> badMultipart(HttpServletRequest request) {
        return refusal(HttpStatus.BAD_REQUEST, request, "The multipart body could not be read");
    }

    @ExceptionHandler({MediaStoreException.class, DataAccessException.class})
    ResponseEntity<Map<String, Object>> unavailable(RuntimeException e, HttpServletRequest request) {
        log.error("storage failure on {}", request.getRequestURI(), e);
        return refusal(HttpStatus.SERVICE_UNAVAILABLE, request, "Storage is unavailable right now; please try again");
    }

    private static ResponseEntity<Map<String, Object>> unprocessable(HttpServletRequest request, List<String> loc,
                                                                     String msg, String type, String message) {
        Map<String, Object> item = Json.obj("type", type, "loc", loc, "msg", msg, "input", null);
        return json(ResponseEntity.status(422), ErrorBodies.unprocessable(request, message, List.of(item)));
    }

    private static ResponseEntity<Map<String, Object>> refusal(HttpStatus status, HttpServletRequest request,
                                                               String message) {
        return json(ResponseEntity.status(status), ErrorBodies.render(request, message, Map.of()));
    }

    /**
     * Labelled JSON before Spring negotiates: negotiation would refuse a client that accepts only
     * HTML (and hand the refusal on to the error page), or label the body as another JSON type.
     */
    private static ResponseEntity<Map<String, Object>> json(ResponseEntity.BodyBuilder response,
                                                            Map<String, Object> body) {
        return response.contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
