package piggyback.api.kids.transcribe;

import java.io.IOException;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import piggyback.api.web.ErrorBodies;
import tools.jackson.databind.json.JsonMapper;

/**
 * An upload to {@code /api/transcribe} declared larger than the audio limit is refused before a
 * byte of it is read, so it is neither buffered nor spooled to disk; the controller checks the
 * file itself.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AudioUploadLimit extends OncePerRequestFilter {

    /** The file plus room for the multipart boundaries and part headers. */
    static final long MAX_REQUEST_BYTES = TranscribeController.MAX_BYTES + 64 * 1024;

    private final JsonMapper json;

    AudioUploadLimit(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().equals(request.getContextPath() + "/api/transcribe");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_REQUEST_BYTES) {
            response.setStatus(413);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            // the unread body is not worth keeping the connection for
            response.setHeader(HttpHeaders.CONNECTION, "close");
            json.writeValue(response.getOutputStream(),
                    ErrorBodies.render(request, TranscribeController.TOO_LARGE, Map.of()));
            // answer now: the client may still be sending, and waits for nothing else
            response.flushBuffer();
            return;
        }
        chain.doFilter(request, response);
    }
}
