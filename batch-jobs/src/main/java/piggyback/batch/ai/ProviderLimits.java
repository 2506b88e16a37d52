package piggyback.batch.ai;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;


/**
 * One rate limit per provider and model, shared by every process on the database (decision 0026). Each call
 * reserves its place on the bucket's schedule in {@code provider_rate_limits}, under the row's lock: it may go
 * at the later of now, the next request slot ({@code 60 / requests-per-minute} after the previous one), the next
 * token slot (its estimated tokens spaced by {@code tokens-per-minute}) and the end of a pause; the caller then
 * sleeps until its time. Spacing rather than bursts keeps every minute under the limit; the spacing is
 * {@value #HEADROOM_PERCENT}% wider than the limit's, since a call that leaves a little late (a busy machine, a
 * slow connection) otherwise puts the one after it into a full minute at the provider (ops/bench-playlist at the
 * limit). A 429 (with its
 * {@code Retry-After}) or a provider saying its remaining requests or tokens are used up pauses the bucket for
 * every process, not only the caller.
 */
@Component
public class ProviderLimits {

    private static final Logger log = LoggerFactory.getLogger(ProviderLimits.class);
    /** How much wider the calls are spaced than the configured limit asks. */
    static final int HEADROOM_PERCENT = 3;
    /** A minute, widened by the headroom, in microseconds. */
    private static final long SPACED_MINUTE_MICROS = 60_000_000L * (100 + HEADROOM_PERCENT) / 100;
    /** The pause after a 429 that did not say how long to wait. */
    static final Duration DEFAULT_PAUSE = Duration.ofSeconds(2);
    /** The wait before a call that met a server error is made again, growing with each retry. */
    static final Duration SERVER_FAULT_BACK_OFF = Duration.ofMillis(500);
    /** Retries for a caller that has no retry logic of its own and nobody waiting on the answer. */
    public static final int PATIENT_RETRIES = 4;

    /** When a call reserved now may go: the latest of now, the next request and token slots, a pause's end. */
    private static final String START = "GREATEST(UTC_TIMESTAMP(6), COALESCE(next_request_at, UTC_TIMESTAMP(6)),"
            + " COALESCE(next_tokens_at, UTC_TIMESTAMP(6)), COALESCE(paused_until, UTC_TIMESTAMP(6)))";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final LimitSettings settings;

    @Autowired
    ProviderLimits(JdbcClient jdbc, PlatformTransactionManager transactions, Environment environment) {
        this(jdbc, transactions, LimitSettings.from(environment));
    }

    ProviderLimits(JdbcClient jdbc, PlatformTransactionManager transactions, LimitSettings settings) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.settings = settings;
    }

    /** The call would have to wait longer than its caller can. */
    public static final class TooLong extends RuntimeException {

        TooLong(String bucket, Duration wait) {
            super("the shared rate limit of " + bucket + " asks for a wait of " + wait.toMillis() + " ms");
        }
    }

    /**
     * Makes the call when the bucket allows, and pauses the bucket for everyone when the provider says it is
     * over its limit. The providers' clients are built without retries of their own ({@link ChatModels}, the
     * {@code spring.ai.openai.audio.*.max-retries} settings): a client retrying a 429 by itself would send again
     * outside the schedule before anyone else heard of the refusal. The retries happen here instead, each on a new
     * turn: after a refusal for the rate limit (which waits out the pause), a server error or a broken connection
     * (after a short back-off).
     *
     * @param tokens  the call's estimated tokens (prompt and the most it may answer)
     * @param maxWait the longest the caller can wait for a turn ({@link TooLong} beyond it)
     * @param retries how many times a call refused or failed that way is made again (0 where the caller has retry
     *                logic of its own)
     */
    public <T> T call(String provider, String model, long tokens, Duration maxWait, int retries, Supplier<T> call) {
        String bucket = provider + ":" + model;
        for (int attempt = 0; ; attempt++) {
            await(bucket, settings.of(provider), tokens, maxWait);
            TimedCall.stillWanted();
            try {
                return call.get();
            } catch (RuntimeException error) {
                ProviderFailure failure = ProviderFailure.of(error);
                if (failure.rateLimited()) {
                    pause(bucket, failure.retryAfter().orElse(DEFAULT_PAUSE));
                }
                if (attempt == retries || !(failure.rateLimited() || failure.passing())) {
                    throw error;
                }
                log.info("{} call {} of at most {} failed ({}); trying again on a new turn", bucket, attempt + 1,
                        retries + 1, failure.rateLimited() ? "rate limit" : failure.message());
                if (!failure.rateLimited()) {
                    sleep(SERVER_FAULT_BACK_OFF.multipliedBy(attempt + 1));
                }
            }
        }
    }

    /** A provider said its remaining requests or tokens are used up until this long from now. */
    public void exhausted(String provider, String model, Duration reset) {
        if (!reset.isNegative() && !reset.isZero()) {
            pause(provider + ":" + model, reset);
        }
    }

    void pause(String bucket, Duration wait) {
        ensure(bucket);
        jdbc.sql("""
                UPDATE provider_rate_limits SET paused_until = GREATEST(COALESCE(paused_until, UTC_TIMESTAMP(6)),
                       UTC_TIMESTAMP(6) + INTERVAL :micros MICROSECOND) WHERE bucket = :bucket""")
                .param("micros", wait.toNanos() / 1000).param("bucket", bucket).update();
        log.info("{} paused for {} ms for every process", bucket, wait.toMillis());
    }

    private void await(String bucket, LimitSettings.Limit limit, long tokens, Duration maxWait) {
        ensure(bucket);
        while (true) {
            Duration wait = limit.any() ? reserve(bucket, limit, tokens, maxWait) : pausedFor(bucket);
            if (wait.compareTo(maxWait) > 0) {
                throw new TooLong(bucket, wait);
            }
            if (wait.isZero() || wait.isNegative()) {
                return;
            }
            sleep(wait);
            if (limit.any() && pausedFor(bucket).isZero()) {
                return; // the reserved time has come and nobody paused the bucket meanwhile
            }
            // unlimited, or paused while waiting: look again (a limited call reserves a new place)
        }
    }

    /** Reserves this call's place on the schedule; how long until it. Times are the database's own. */
    private Duration reserve(String bucket, LimitSettings.Limit limit, long tokens, Duration maxWait) {
        return transactions.execute(status -> {
            long waitMicros = jdbc.sql("SELECT TIMESTAMPDIFF(MICROSECOND, UTC_TIMESTAMP(6), " + START
                            + ") FROM provider_rate_limits WHERE bucket = ? FOR UPDATE")
                    .param(bucket).query(Long.class).single();
            Duration wait = Duration.ofNanos(Math.max(0, waitMicros) * 1000);
            if (wait.compareTo(maxWait) > 0) {
                return wait; // not reserved: the caller gives up
            }
            long requestMicros = limit.requestsPerMinute() > 0 ? SPACED_MINUTE_MICROS / limit.requestsPerMinute() : 0;
            long tokenMicros = limit.tokensPerMinute() > 0
                    ? Math.min(SPACED_MINUTE_MICROS, SPACED_MINUTE_MICROS * Math.max(tokens, 1) / limit.tokensPerMinute())
                    : 0;
            jdbc.sql("UPDATE provider_rate_limits SET next_request_at = " + START + " + INTERVAL :request MICROSECOND, "
                            + "next_tokens_at = " + START + " + INTERVAL :tokens MICROSECOND WHERE bucket = :bucket")
                    .param("request", requestMicros).param("tokens", tokenMicros).param("bucket", bucket).update();
            return wait;
        });
    }

    /** How long the bucket is still paused for (zero when it is not). */
    private Duration pausedFor(String bucket) {
        Long micros = jdbc.sql("""
                SELECT GREATEST(0, TIMESTAMPDIFF(MICROSECOND, UTC_TIMESTAMP(6), paused_until))
                FROM provider_rate_limits WHERE bucket = ? AND paused_until IS NOT NULL""")
                .param(bucket).query(Long.class).optional().orElse(0L);
        return Duration.ofNanos(micros * 1000);
    }

    private void ensure(String bucket) {
        jdbc.sql("INSERT IGNORE INTO provider_rate_limits (bucket) VALUES (?)").param(bucket).update();
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(Math.max(1, wait.toMillis()), (int) (wait.toNanos() % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for the provider's rate limit");
        }
    }
}
