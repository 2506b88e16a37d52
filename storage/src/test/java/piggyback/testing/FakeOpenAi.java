package piggyback.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local server on 127.0.0.1 that speaks enough of the OpenAI HTTP API for the real Spring AI
 * client code to run against it: tests queue the replies per path and read back exactly what
 * the client sent. A path with nothing queued answers 500. Other instances serve Anthropic's Messages
 * API and Gemini's generateContent, with the replies of {@link AnthropicReplies} and {@link GeminiReplies}.
 */
public final class FakeOpenAi implements AutoCloseable {

    public static final String CHAT = "/v1/chat/completions";
    public static final String SPEECH = "/v1/audio/speech";
    public static final String TRANSCRIPTIONS = "/v1/audio/transcriptions";

    private final HttpServer server;
    private final Map<String, Deque<Reply>> queued = new ConcurrentHashMap<>();
    private final Map<String, Reply> fallback = new ConcurrentHashMap<>();
    private final Map<String, java.util.function.Function<Recorded, Reply>> responders = new ConcurrentHashMap<>();
    private final List<Recorded> received = new CopyOnWriteArrayList<>();

    private FakeOpenAi(HttpServer server) {
        this.server = server;
    }

    public static FakeOpenAi start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            FakeOpenAi fake = new FakeOpenAi(server);
            server.createContext("/", fake::handle);
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            return fake;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fake OpenAI server", e);
        }
    }

    /** What the client was pointed at, e.g. {@code http://127.0.0.1:40123}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Replies given in order to the next requests on this path. */
    public FakeOpenAi enqueue(String path, Reply... replies) {
        Deque<Reply> queue = queued.computeIfAbsent(path, p -> new ArrayDeque<>());
        synchronized (queue) {
            queue.addAll(List.of(replies));
        }
        return this;
    }

    /** The reply for this path once its queue is empty. */
    public FakeOpenAi always(String path, Reply reply) {
        fallback.put(path, reply);
        return this;
    }

    /** Replies made from each request on this path (after its queue), e.g. by what the prompt asks. */
    public FakeOpenAi respond(String path, java.util.function.Function<Recorded, Reply> responder) {
        responders.put(path, responder);
        return this;
    }

    /** Requests received on this path, oldest first. */
    public List<Recorded> requests(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    public void reset() {
        queued.clear();
        fallback.clear();
        responders.clear();
        received.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        byte[] body = exchange.getRequestBody().readAllBytes();
        Recorded request = new Recorded(exchange.getRequestMethod(), path, Map.copyOf(exchange.getRequestHeaders()), body);
        received.add(request);
        Reply reply = next(request);
        try {
            if (!reply.delay().isZero()) {
                Thread.sleep(reply.delay().toMillis());
            }
            exchange.getResponseHeaders().add("Content-Type", reply.contentType());
            reply.headers().forEach(exchange.getResponseHeaders()::add);
            exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientGone) {
            // the client timed out and closed the connection: that is what a delay tests
        } finally {
            exchange.close();
        }
    }

    private Reply next(Recorded request) {
        String path = request.path();
        Deque<Reply> queue = queued.get(path);
        if (queue != null) {
            synchronized (queue) {
                if (!queue.isEmpty()) {
                    return queue.poll();
                }
            }
        }
        if (responders.containsKey(path)) {
            return responders.get(path).apply(request);
        }
        return fallback.getOrDefault(path, Reply.error(500, "server_error", "nothing queued for " + path));
    }

    /** A request as the server received it. */
    public record Recorded(String method, String path, Map<String, List<String>> headers, byte[] body) {

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** One reply: status, content type, bytes, an optional delay before answering and more headers. */
    public record Reply(int status, String contentType, byte[] body, Duration delay, Map<String, String> headers) {

        public static Reply json(String json) {
            return json(200, json);
        }

        public static Reply json(int status, String json) {
            return new Reply(status, "application/json", json.getBytes(StandardCharsets.UTF_8), Duration.ZERO, Map.of());
        }

        public static Reply bytes(String contentType, byte[] body) {
            return new Reply(200, contentType, body, Duration.ZERO, Map.of());
        }

        /** An OpenAI error object, e.g. {@code error(429, "rate_limit_exceeded", "slow down")}. */
        public static Reply error(int status, String code, String message) {
            return json(status, "{\"error\":{\"message\":" + quote(message) + ",\"type\":" + quote(code)
                    + ",\"param\":null,\"code\":" + quote(code) + "}}");
        }

        /** A chat completion whose single choice says {@code content}. */
        public static Reply chat(String content) {
            return chat(content, "stop");
        }

        public static Reply chat(String content, String finishReason) {
            return json("""
                    {"id":"chatcmpl-fake","object":"chat.completion","created":1700000000,"model":"gpt-4o-mini",
                     "choices":[{"index":0,"message":{"role":"assistant","content":%s,"refusal":null},
                                 "logprobs":null,"finish_reason":"%s"}],
                     "usage":{"prompt_tokens":10,"completion_tokens":10,"total_tokens":20}}"""
                    .formatted(quote(content), finishReason));
        }

        /** A transcription result. */
        public static Reply transcription(String text) {
            return json("{\"text\":" + quote(text) + "}");
        }

        public Reply after(Duration wait) {
            return new Reply(status, contentType, body, wait, headers);
        }

        public Reply withHeader(String name, String value) {
            Map<String, String> more = new HashMap<>(headers);
            more.put(name, value);
            return new Reply(status, contentType, body, delay, Map.copyOf(more));
        }

        /** {@code text} as a JSON string. */
        static String quote(String text) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
                }
            }
            return out.append('"').toString();
        }
    }

    /** Handy for tests that want several replies built in a loop. */
    public static List<Reply> repeat(Reply reply, int times) {
        List<Reply> replies = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            replies.add(reply);
        }
        return replies;
    }
}
