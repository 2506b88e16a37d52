package piggyback.batch.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;

import piggyback.batch.BatchTest;
import piggyback.testing.FakeOpenAi;
import piggyback.testing.TestInfrastructure;

/**
 * The shared rate limit, as two processes would use it: two {@link ProviderLimits} with nothing in common but the
 * database, each calling the fake OpenAI server from several threads with the real OpenAI client. The server's
 * own clock says when each request came.
 */
class ProviderLimitsTest extends BatchTest {

    @Autowired
    PlatformTransactionManager transactions;

    private final FakeOpenAi openAi = TestInfrastructure.shared().openAi();
    private final List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void reset() {
        openAi.reset();
    }

    @Test
    void twoProcessesTogetherNeverSendMoreThanTheLimitInAnyWindow() throws Exception {
        String model = "limited-" + UUID.randomUUID().toString().substring(0, 8);
        openAi.respond(FakeOpenAi.CHAT, request -> {
            arrivals.add(System.nanoTime());
            return FakeOpenAi.Reply.chat("ok");
        });
        LimitSettings settings = new LimitSettings(Map.of("openai", new LimitSettings.Limit(120, 0)));
        List<ProviderLimits> processes = List.of(new ProviderLimits(jdbc, transactions, settings),
                new ProviderLimits(jdbc, transactions, settings));

        long end = System.nanoTime() + Duration.ofSeconds(8).toNanos();
        ExecutorService threads = Executors.newFixedThreadPool(6);
        List<Future<?>> callers = new ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                ChatModel chat = limited(processes.get(i % 2), model, Duration.ofMinutes(1));
                callers.add(threads.submit(() -> {
                    while (System.nanoTime() < end) {
                        chat.call(new Prompt("hello"));
                    }
                    return null;
                }));
            }
            for (Future<?> caller : callers) {
                caller.get(1, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }

        // 120 a minute is one every half second (callers that took a turn before the end still go after it):
        // never more than 10 in any 5 s, and the whole run as long as half a second a request
        List<Long> times = new ArrayList<>(arrivals);
        Collections.sort(times);
        assertThat(times.size()).as("requests made").isGreaterThanOrEqualTo(12);
        assertThat(Duration.ofNanos(times.get(times.size() - 1) - times.get(0)))
                .isGreaterThanOrEqualTo(Duration.ofMillis(480L * (times.size() - 1)));
        for (int i = 0; i < times.size(); i++) {
            int inWindow = 0;
            for (int j = i; j < times.size() && times.get(j) - times.get(i) < Duration.ofSeconds(5).toNanos(); j++) {
                inWindow++;
            }
            assertThat(inWindow).as("requests in the 5 s from request %d", i).isLessThanOrEqualTo(11);
        }
    }

    @Test
    void a429WithRetryAfterPausesEveryProcessForThatLong() throws Exception {
        String model = "paused-" + UUID.randomUUID().toString().substring(0, 8);
        openAi.respond(FakeOpenAi.CHAT, request -> {
            arrivals.add(System.nanoTime());
            return arrivals.size() == 1
                    ? FakeOpenAi.Reply.error(429, "rate_limit_exceeded", "Rate limit reached").withHeader("Retry-After", "3")
                    : FakeOpenAi.Reply.chat("ok");
        });
        LimitSettings unlimited = new LimitSettings(Map.of());
        ProviderLimits first = new ProviderLimits(jdbc, transactions, unlimited);
        ProviderLimits second = new ProviderLimits(jdbc, transactions, unlimited);

        ChatModel fromFirst = limited(first, model, Duration.ofMinutes(1));
        ChatModel fromSecond = limited(second, model, Duration.ofMinutes(1));
        assertThatThrownBy(() -> fromFirst.call(new Prompt("hello"))).isInstanceOf(RuntimeException.class);
        // the other process, which was never refused, waits too
        fromSecond.call(new Prompt("hello"));
        fromFirst.call(new Prompt("hello"));

        assertThat(arrivals).hasSizeGreaterThanOrEqualTo(3);
        assertThat(Duration.ofNanos(arrivals.get(1) - arrivals.get(0))).as("the pause after the 429")
                .isGreaterThanOrEqualTo(Duration.ofMillis(2900));
    }

    @Test
    void aCallerThatCannotWaitForItsTurnIsToldSoWithoutCalling() {
        String model = "busy-" + UUID.randomUUID().toString().substring(0, 8);
        openAi.respond(FakeOpenAi.CHAT, request -> {
            arrivals.add(System.nanoTime());
            return FakeOpenAi.Reply.chat("ok");
        });
        ProviderLimits limits = new ProviderLimits(jdbc, transactions,
                new LimitSettings(Map.of("openai", new LimitSettings.Limit(6, 0))));
        limited(limits, model, Duration.ofMinutes(1)).call(new Prompt("hello"));
        // six a minute: the next turn is ten seconds away, more than this caller has
        assertThatThrownBy(() -> limited(limits, model, Duration.ofSeconds(1)).call(new Prompt("hello")))
                .isInstanceOf(ProviderLimits.TooLong.class);
        assertThat(arrivals).hasSize(1);
    }

    @Test
    void aRefusedCallIsMadeAgainOnANewTurnAfterThePauseItAskedFor() {
        String model = "retried-" + UUID.randomUUID().toString().substring(0, 8);
        openAi.respond(FakeOpenAi.CHAT, request -> {
            arrivals.add(System.nanoTime());
            return arrivals.size() == 1
                    ? FakeOpenAi.Reply.error(429, "rate_limit_exceeded", "Rate limit reached").withHeader("Retry-After", "2")
                    : FakeOpenAi.Reply.chat("ok");
        });
        ProviderLimits limits = new ProviderLimits(jdbc, transactions, new LimitSettings(Map.of()));

        String reply = limited(limits, model, Duration.ofMinutes(1), 2).call("hello");

        assertThat(reply).isEqualTo("ok");
        assertThat(arrivals).hasSize(2);
        assertThat(Duration.ofNanos(arrivals.get(1) - arrivals.get(0))).as("the retry waits out the pause")
                .isGreaterThanOrEqualTo(Duration.ofMillis(1900));
    }

    @Test
    void aServerErrorIsTriedAgainButARequestTheProviderRejectsIsNot() {
        String model = "faulty-" + UUID.randomUUID().toString().substring(0, 8);
        openAi.respond(FakeOpenAi.CHAT, request -> {
            arrivals.add(System.nanoTime());
            return switch (arrivals.size()) {
                case 1 -> FakeOpenAi.Reply.error(500, "server_error", "The server had an error");
                case 2 -> FakeOpenAi.Reply.chat("ok");
                default -> FakeOpenAi.Reply.error(400, "invalid_request_error", "Bad request");
            };
        });
        ProviderLimits limits = new ProviderLimits(jdbc, transactions, new LimitSettings(Map.of()));
        ChatModel chat = limited(limits, model, Duration.ofMinutes(1), 2);

        assertThat(chat.call("hello")).isEqualTo("ok");
        assertThat(arrivals).hasSize(2);
        assertThatThrownBy(() -> chat.call("hello")).isInstanceOf(RuntimeException.class);
        assertThat(arrivals).hasSize(3);
    }

    /** An OpenAI chat model on the fake server, behind the shared limit, as {@link ChatModels} makes it. */
    private ChatModel limited(ProviderLimits limits, String model, Duration maxWait) {
        return limited(limits, model, maxWait, 0);
    }

    private ChatModel limited(ProviderLimits limits, String model, Duration maxWait, int retries) {
        OpenAiChatModel chat = OpenAiChatModel.builder().options(OpenAiChatOptions.builder()
                .baseUrl(openAi.baseUrl() + "/v1").apiKey("test-key").model(model).maxRetries(0)
                .timeout(Duration.ofSeconds(10)).build()).build();
        return new LimitedChatModel(chat, limits, "openai", model, 10, maxWait, retries);
    }
}
