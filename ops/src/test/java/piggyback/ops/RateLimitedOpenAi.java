package piggyback.ops;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

import piggyback.batch.testing.OpenAiLike;
import piggyback.testing.FakeOpenAi;
import piggyback.testing.FakeOpenAi.Recorded;
import piggyback.testing.FakeOpenAi.Reply;

/**
 * The tests' fake OpenAI server answering a whole ingest ({@link OpenAiLike}) with an account's request limit, as
 * OpenAI enforces one: at most {@code perMinute} chat requests answered in any 60 seconds, and above that a 429
 * {@code rate_limit_exceeded} whose {@code Retry-After} says in how many seconds the oldest answered request
 * leaves the window. A refused request does not count against the limit. It counts what it answered and refused,
 * and serves the counts as JSON at {@code GET /stats}. Used in-process by {@link PlaylistBenchmark}; its main runs
 * it alone: {@code RateLimitedOpenAi [requests per minute, default 120] [question delay in ms, default 0]}.
 */
public final class RateLimitedOpenAi implements AutoCloseable {

    private static final String STATS = "/stats";
    private static final long WINDOW_NANOS = Duration.ofMinutes(1).toNanos();

    /** What the server answered: chat calls by kind, and the 429s. Times are epoch milliseconds (0: none yet). */
    public record Stats(int limitPerMinute, int questions, int companions, int rateLimited, long firstCallAt,
                        long lastCallAt) {

        public int calls() {
            return questions + companions;
        }

        String json() {
            return ("{\"limit_per_minute\":%d,\"calls\":%d,\"questions\":%d,\"companions\":%d,\"rate_limited\":%d,"
                    + "\"first_call_at\":%d,\"last_call_at\":%d}").formatted(limitPerMinute, calls(), questions,
                    companions, rateLimited, firstCallAt, lastCallAt);
        }
    }

    private final FakeOpenAi server;
    private final int perMinute;
    private final Duration questionDelay;
    /** When each chat request of the last minute was answered (System.nanoTime), oldest first. */
    private final Deque<Long> answered = new ArrayDeque<>();
    private int questions;
    private int companions;
    private int rateLimited;
    private long firstCallAt;
    private long lastCallAt;

    private RateLimitedOpenAi(FakeOpenAi server, int perMinute, Duration questionDelay) {
        this.server = server;
        this.perMinute = perMinute;
        this.questionDelay = questionDelay;
    }

    public static RateLimitedOpenAi start(int perMinute, Duration questionDelay) {
        FakeOpenAi server = FakeOpenAi.start();
        RateLimitedOpenAi limited = new RateLimitedOpenAi(server, perMinute, questionDelay);
        OpenAiLike.answer(server, questionDelay);
        server.respond(FakeOpenAi.CHAT, limited::chat);
        server.respond(STATS, request -> Reply.json(limited.stats().json()));
        return limited;
    }

    /** The address for OPENAI_BASE_URL, with the version path. */
    public String baseUrl() {
        return server.baseUrl() + "/v1";
    }

    /** Where the counts are served as JSON. */
    public String statsUrl() {
        return server.baseUrl() + STATS;
    }

    public synchronized Stats stats() {
        return new Stats(perMinute, questions, companions, rateLimited, firstCallAt, lastCallAt);
    }

    @Override
    public void close() {
        server.close();
    }

    private Reply chat(Recorded request) {
        boolean companion = OpenAiLike.isCompanionRequest(request);
        synchronized (this) {
            long now = System.nanoTime();
            while (!answered.isEmpty() && now - answered.peekFirst() >= WINDOW_NANOS) {
                answered.pollFirst();
            }
            if (answered.size() >= perMinute) {
                rateLimited++;
                long seconds = Math.max(1, (answered.peekFirst() + WINDOW_NANOS - now + 999_999_999L) / 1_000_000_000L);
                return Reply.error(429, "rate_limit_exceeded", "Rate limit reached for requests: limit " + perMinute
                        + " per minute").withHeader("retry-after", Long.toString(seconds));
            }
            answered.addLast(now);
            if (companion) {
                companions++;
            } else {
                questions++;
            }
            lastCallAt = System.currentTimeMillis();
            firstCallAt = firstCallAt == 0 ? lastCallAt : firstCallAt;
        }
        return OpenAiLike.chat(request, questionDelay);
    }

    public static void main(String[] args) throws InterruptedException {
        int perMinute = args.length > 0 ? Integer.parseInt(args[0]) : 120;
        Duration delay = Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 0);
        RateLimitedOpenAi server = start(perMinute, delay);
        System.out.println("OPENAI_BASE_URL=" + server.baseUrl() + "  (" + perMinute + " requests a minute; counts at "
                + server.statsUrl() + ")");
        Thread.currentThread().join();
    }
}
