package piggyback.batch.ai;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A model call that returns or fails within its time: the HTTP clients' own timeouts do not always end a call
 * whose server stays silent (a 3 s judge call took 7 s on a busy machine), and a segment's budget or a waiting
 * child must hold. A late call is cancelled and fails with a {@link TimeoutException} as its cause. A call given up
 * before it reached the provider (still waiting for its turn under the rate limit, say) must never be sent: the
 * caller has moved on, and the provider would bill for and count a request nobody reads. Interrupting the thread
 * is not enough for that, as JDBC drivers and HTTP clients may swallow the interrupt, so the call checks
 * {@link #stillWanted()} just before it sends.
 */
public final class TimedCall {

    private static final ExecutorService CALLS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "model-call");
        thread.setDaemon(true);
        return thread;
    });

    /** Whether the caller of the call running on this thread has given up on it. */
    private static final ThreadLocal<AtomicBoolean> GIVEN_UP = new ThreadLocal<>();
    private static final AtomicInteger RUNNING = new AtomicInteger();

    private TimedCall() {
    }

    /**
     * @throws CancellationException when the calling thread is interrupted
     * @throws RuntimeException      the call's own failure, or one caused by a {@link TimeoutException}
     */
    public static <T> T within(Duration timeout, Callable<T> call) {
        AtomicBoolean givenUp = new AtomicBoolean();
        Future<T> reply = CALLS.submit(() -> {
            RUNNING.incrementAndGet();
            GIVEN_UP.set(givenUp);
            try {
                return call.call();
            } finally {
                GIVEN_UP.remove();
                RUNNING.decrementAndGet();
            }
        });
        try {
            return reply.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            givenUp.set(true);
            reply.cancel(true);
            throw new IllegalStateException("no reply within " + timeout.toMillis() + " ms", late);
        } catch (InterruptedException e) {
            givenUp.set(true);
            reply.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("the model call was interrupted");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException(e.getCause().getMessage(), e.getCause());
        }
    }

    /**
     * Throws when the call on this thread was given up by its caller (or the thread was interrupted); call it
     * just before sending a request. Calls not made through {@link #within} are always wanted.
     *
     * @throws CancellationException when nobody waits for the call any more
     */
    public static void stillWanted() {
        AtomicBoolean givenUp = GIVEN_UP.get();
        if ((givenUp != null && givenUp.get()) || Thread.currentThread().isInterrupted()) {
            throw new CancellationException("the caller gave up on this model call before it was sent");
        }
    }

    /** Calls still running, including those whose callers gave up: tests wait for none before they count requests. */
    public static int running() {
        return RUNNING.get();
    }
}
