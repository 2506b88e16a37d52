package piggyback.api.docs;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

import piggyback.api.ApiClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The requests a test sent and the answers it got, checked against the OpenAPI document with
 * Atlassian's validator (request and answer), and the operations of the document they exercised.
 */
final class DocumentedExchanges {

    /**
     * A request and its answer, as the validator reads them, and the role of the session that
     * sent it (null when the test did not say).
     */
    record Exchange(String role, String method, String path, String query, Map<String, List<String>> requestHeaders,
                    String requestBody, int status, Map<String, List<String>> responseHeaders, String responseBody) {

        static Exchange of(String role, ApiClient.Exchange sent) {
            return new Exchange(role, sent.method(), sent.uri().getRawPath(), sent.uri().getRawQuery(),
                    sent.requestHeaders(), sent.requestBody(), sent.response().statusCode(),
                    sent.response().headers().map(), sent.response().body());
        }

        boolean multipart() {
            return header(requestHeaders, "Content-Type").orElse("").startsWith("multipart/");
        }
    }

    private record Template(String method, String path, Pattern pattern, int literals, Set<String> roles) {
    }

    private final OpenApiInteractionValidator validator;
    private final List<Template> templates = new ArrayList<>();
    private final List<Exchange> exchanges = Collections.synchronizedList(new ArrayList<>());

    DocumentedExchanges(String document) {
        validator = OpenApiInteractionValidator.createForInlineApiSpecification(document).build();
        JsonNode paths = JsonMapper.builder().build().readTree(document).path("paths");
        for (String path : paths.propertyNames()) {
            Pattern pattern = Pattern.compile("^" + path.replaceAll("\\{[^}]+}", "[^/]+").replace(".", "\\.") + "$");
            int literals = path.replaceAll("\\{[^}]+}", "").length();
            for (String method : paths.path(path).propertyNames()) {
                Set<String> roles = new TreeSet<>();
                paths.path(path).path(method).path("security").forEach(anyOf -> anyOf.propertyNames()
                        .forEach(scheme -> roles.add(scheme.replaceFirst("Session$", ""))));
                templates.add(new Template(method.toUpperCase(Locale.ROOT), path, pattern, literals, roles));
            }
        }
    }

    void record(ApiClient.Exchange sent) {
        exchanges.add(Exchange.of(null, sent));
    }

    /** Records the exchanges of a client whose session is of this role. */
    Consumer<ApiClient.Exchange> as(String role) {
        return sent -> exchanges.add(Exchange.of(role, sent));
    }

    void record(Exchange exchange) {
        exchanges.add(exchange);
    }

    /** Every operation of the document, as {@code "METHOD /path"}. */
    Set<String> operations() {
        Set<String> all = new TreeSet<>();
        templates.forEach(t -> all.add(t.method() + " " + t.path()));
        return all;
    }

    /** The operation an exchange called: the matching template with the most literal text. */
    Optional<String> operationOf(Exchange exchange) {
        return template(exchange).map(t -> t.method() + " " + t.path());
    }

    /** Whether the document lets the exchange's role call its operation (public operations: anyone). */
    boolean roleDocumented(Exchange exchange) {
        return template(exchange).map(t -> t.roles().isEmpty() || t.roles().contains(exchange.role())).orElse(false);
    }

    private Optional<Template> template(Exchange exchange) {
        return templates.stream()
                .filter(t -> t.method().equals(exchange.method()) && t.pattern().matcher(exchange.path()).matches())
                .max(Comparator.comparingInt(Template::literals));
    }

    /** The validator's findings on one exchange (empty when it answered as documented). */
    List<String> problems(Exchange exchange) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(exchange.method(), exchange.path());
        exchange.requestHeaders().forEach(request::withHeader);
        if (exchange.requestBody() != null) {
            request.withBody(exchange.requestBody());
        }
        queryParameters(exchange.query()).forEach(request::withQueryParam);
        SimpleResponse.Builder response = SimpleResponse.Builder.status(exchange.status());
        exchange.responseHeaders().forEach(response::withHeader);
        if (exchange.responseBody() != null && !exchange.responseBody().isEmpty()) {
            response.withBody(exchange.responseBody());
        }
        // a multipart body is not kept by the test client: only the answer is checked
        ValidationReport report = exchange.multipart()
                ? validator.validateResponse(exchange.path(), Request.Method.valueOf(exchange.method()), response.build())
                : validator.validate(request.build(), response.build());
        return report.getMessages().stream().map(m -> m.getKey() + ": " + m.getMessage()).toList();
    }

    List<Exchange> all() {
        synchronized (exchanges) {
            return List.copyOf(exchanges);
        }
    }

    private static Map<String, List<String>> queryParameters(String query) {
        Map<String, List<String>> parameters = new java.util.LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.computeIfAbsent(URLDecoder.decode(parts[0], StandardCharsets.UTF_8), k -> new ArrayList<>())
                    .add(parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return parameters;
    }

    private static Optional<String> header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).findFirst();
    }
}
