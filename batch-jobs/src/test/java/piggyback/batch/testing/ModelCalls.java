package piggyback.batch.testing;

import java.time.Duration;
import java.time.Instant;

import piggyback.batch.ai.TimedCall;

/**
 * Waits for the model calls of earlier tests to end, including those their callers gave up on, so that a test
 * counting the requests a fake server received counts its own alone.
 */
public final class ModelCalls {

    private static final Duration LONGEST = Duration.ofSeconds(30);

    private ModelCalls() {
    }

    public static void settle() {
        Instant until = Instant.now().plus(LONGEST);
        while (TimedCall.running() > 0) {
            if (Instant.now().isAfter(until)) {
                throw new IllegalStateException(TimedCall.running() + " model calls still running after " + LONGEST);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
