package piggyback.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser-like HTTP client for the tests: its own cookie jar (so its own session) and its own
 * client address, sent as X-Forwarded-For, which the server trusts from 127.0.0.1 only.
 */
public class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private final String address;
    private Consumer<Exchange> observer = exchange -> { };

    /** One request as sent (with the session cookie it carried) and its response. */
    public record Exchange(String method, URI uri, Map<String, List<String>> requestHeaders, String requestBody,
                           HttpResponse<String> response) {
    }

    public ApiClient(int port) {
        this(port, randomAddress());
    }

    /** A client at this address: several clients at one address stand for devices behind one router. */
    public ApiClient(int port, String address) {
        this.port = port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
        this.address = address;
    }

    /** Hands every exchange of this client (and of its copies) to {@code observer}. */
    public ApiClient observedBy(Consumer<Exchange> observer) {
        this.observer = observer;
        return this;
    }

    /** An address in 198.18.0.0/15 (benchmarking addresses, never a real client). */
    public static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198." + random.nextInt(18, 20) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply getWithHeader(String path, String header, String value) {
        return send(request(path).header(header, value).GET());
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    public Reply postJson(String path, Object body) {
        String text = body instanceof String raw ? raw : JSON.writeValueAsString(body);
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text)), text);
    }

    public Reply putJson(String path, Object body) {
        String text = body instanceof String raw ? raw : JSON.writeValueAsString(body);
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(text)), text);
    }

    /** Any method, with a JSON body (raw text) or none (null). */
    public Reply json(String method, String path, String rawJson) {
        HttpRequest.Builder request = request(path);
        return send(rawJson == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(rawJson)), rawJson);
    }

    /** A POST with extra headers (e.g. the Origin a browser sends); a null content type sends no body. */
    public Reply postWithHeaders(String path, Map<String, String> headers, String contentType, String body) {
        HttpRequest.Builder request = request(path);
        headers.forEach(request::header);
        if (contentType == null) {
            return send(request.POST(HttpRequest.BodyPublishers.noBody()));
        }
        return send(request.header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)), body);
    }

    /** Any method without a body, with extra headers (a browser's CORS preflight, its Origin). */
    public Reply withHeaders(String method, String path, Map<String, String> headers) {
        HttpRequest.Builder request = request(path);
        headers.forEach(request::header);
        return send(request.method(method, HttpRequest.BodyPublishers.noBody()));
    }

    public Reply post(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    public Reply postForm(String path, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), form);
    }

    /** A multipart form with text fields and, when {@code fileName} is not null, one file part. */
    public Reply postMultipart(String path, Map<String, String> fields, String fileField, String fileName,
                               byte[] content, String contentType) {
        String boundary = "----piggyback" + ThreadLocalRandom.current().nextLong(Long.MAX_VALUE);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        if (fileName != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                    + "\"; filename=\"" + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** The session cookie's value, or null. */
    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /** Another client that presents the same session cookie (a copied cookie). */
    public ApiClient withSameCookie() {
        ApiClient copy = new ApiClient(port).observedBy(observer);
        cookies.getCookieStore().getCookies().forEach(c -> copy.cookies.getCookieStore().add(URI.create(base()), c));
        return copy;
    }

    public String address() {
        return address;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base() + path)).header("X-Forwarded-For", address);
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private Reply send(HttpRequest.Builder request) {
        return send(request, null);
    }

    private Reply send(HttpRequest.Builder builder, String body) {
        try {
            HttpRequest request = builder.build();
            Map<String, List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            headers.putAll(request.headers().map());
            if (sessionId() != null) {
                headers.put("Cookie", List.of("SESSION=" + sessionId()));
            }
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            observer.accept(new Exchange(request.method(), request.uri(), headers, body, response));
            return new Reply(response);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A response with helpers for the assertions the tests make. */
    public static final class Reply {

        private final HttpResponse<String> response;

        Reply(HttpResponse<String> response) {
            this.response = response;
        }

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public JsonNode json() {
            return JSON.readTree(response.body());
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public java.util.List<String> headers(String name) {
            return response.headers().allValues(name);
        }

        /** Asserts the status, showing the body when it differs. */
        public Reply expect(int status) {
            assertThat(status()).as("status of %s %s, body %s", response.request().method(),
                    response.request().uri().getPath(), body()).isEqualTo(status);
            return this;
        }
    }
}
