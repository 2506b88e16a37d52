package piggyback.batch.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small web site on 127.0.0.1 for yt-dlp to download from (its generic extractor reads a page's
 * {@code <video>} and {@code <track>}). It counts the requests of every path and can refuse a
 * path with 403 a given number of times.
 */
public final class FixtureSite implements AutoCloseable {

    private record Content(byte[] bytes, String type) {
    }

    private final HttpServer server;
    private final Map<String, Content> contents = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> refusals = new ConcurrentHashMap<>();

    private FixtureSite(HttpServer server) {
        this.server = server;
    }

    public static FixtureSite start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            FixtureSite site = new FixtureSite(server);
            server.createContext("/", site::answer);
            server.start();
            return site;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fixture web site", e);
        }
    }

    public FixtureSite serve(String path, Path file, String type) {
        try {
            contents.put(path, new Content(Files.readAllBytes(file), type));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
        return this;
    }

    public FixtureSite serve(String path, String text, String type) {
        contents.put(path, new Content(text.getBytes(StandardCharsets.UTF_8), type));
        return this;
    }

    /** The next {@code times} requests of the path get 403 Forbidden. */
    public FixtureSite forbid(String path, int times) {
        refusals.put(path, new AtomicInteger(times));
        return this;
    }

    /** How many requests the path has had, refused ones included. */
    public int hits(String path) {
        AtomicInteger count = hits.get(path);
        return count == null ? 0 : count.get();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            AtomicInteger refuse = refusals.get(path);
            Content content = contents.get(path);
            int status = refuse != null && refuse.getAndDecrement() > 0 ? 403 : content == null ? 404 : 200;
            byte[] body = status == 200 ? content.bytes()
                    : (status + " " + (status == 403 ? "Forbidden" : "Not Found")).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", status == 200 ? content.type() : "text/plain");
            boolean head = "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(status, head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }
}
