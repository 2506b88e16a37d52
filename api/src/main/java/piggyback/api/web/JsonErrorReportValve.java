package piggyback.api.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's own refusals (an encoded slash, backslash or NUL in the path: before any filter runs) in
 * the route's envelope, with the headers every response carries, instead of Tomcat's HTML page.
 * Errors the application saw have been answered by its error page already and are left alone.
 */
final class JsonErrorReportValve extends ErrorReportValve {

    private final JsonMapper json;

    JsonErrorReportValve(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String path = request.getRequestURI() == null ? "/" : request.getRequestURI();
        try {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            SecurityHeaders.set(response);
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(json.writeValueAsString(ErrorBodies.render(ErrorBodies.of(path),
                        known == null ? "Error" : known.getReasonPhrase(), Map.of())));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the connection is gone or the response already committed: nothing more to tell the client
        }
    }
}
