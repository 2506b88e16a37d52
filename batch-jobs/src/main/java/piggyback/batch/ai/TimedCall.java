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

/**
 * A model call that returns or fails within its time: the HTTP clients' own timeouts do not always end a call
 * whose server stays silent (a 3 s judge call took 7 s on a busy machine), and a segment's budget or a waiting
 * child must hold. A late call is cancelled and fails with a {@link TimeoutException} as its cause.
 */
public final class TimedCall {

    private static final ExecutorService CALLS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "model-call");
        thread.setDaemon(true);
        return thread;
    });

    private TimedCall() {
    }

    /**
     * @throws CancellationException when the calling thread is interrupted
     * @throws RuntimeException      the call's own failure, or one caused by a {@link TimeoutException}
     */
    public static <T> T within(Duration timeout, Callable<T> call) {
        Future<T> reply = CALLS.submit(call);
        try {
            return reply.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            reply.cancel(true);
            throw new IllegalStateException("no reply within " + timeout.toMillis() + " ms", late);
        } catch (InterruptedException e) {
            reply.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("the model call was interrupted");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException(e.getCause().getMessage(), e.getCause());
        }
    }
}
