package piggyback.api.web;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
        ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status());
        if (e.extra().get(HttpHeaders.RETRY_AFTER) instanceof Long seconds) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            e.extra().remove(HttpHeaders.RETRY_AFTER);
        }
        return response.body(ErrorBodies.render(request, e.getMessage(), e.extra()));
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
            return ResponseEntity.status(413).body(ErrorBodies.render(request,
                    tooLarge.getMessage(), Map.of()));
        }
        return unprocessable(request, List.of("body"), "Request body must be a JSON object", "json_invalid",
                "Request body must be a JSON object");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> badParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return ResponseEntity.badRequest().body(ErrorBodies.render(request,
                e.getName() + " has an invalid value", Map.of()));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> unsupportedType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(ErrorBodies.render(request, "Unsupported content type " + e.getContentType(), Map.of()));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, Object>> wrongMethod(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).body(ErrorBodies.render(request, "Method " + e.getMethod() + " is not allowed here", Map.of()));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<Map<String, Object>> noSuchPath(HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ErrorBodies.render(request, "Not Found", Map.of()));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge(HttpServletRequest request) {
        return ResponseEntity.status(413).body(ErrorBodies.render(request, "The upload is too large", Map.of()));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Map<String, Object>> badMultipart(HttpServletRequest request) {
        return ResponseEntity.badRequest().body(ErrorBodies.render(request, "The multipart body could not be read", Map.of()));
    }

    @ExceptionHandler({MediaStoreException.class, DataAccessException.class})
    ResponseEntity<Map<String, Object>> unavailable(RuntimeException e, HttpServletRequest request) {
        log.error("storage failure on {}", request.getRequestURI(), e);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(ErrorBodies.render(request,
                "Storage is unavailable right now; please try again", Map.of()));
    }

    private static ResponseEntity<Map<String, Object>> unprocessable(HttpServletRequest request, List<String> loc,
                                                                     String msg, String type, String message) {
        Map<String, Object> item = Json.obj("type", type, "loc", loc, "msg", msg, "input", null);
        return ResponseEntity.status(422).body(ErrorBodies.unprocessable(request, message, List.of(item)));
    }
}
