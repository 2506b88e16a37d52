package piggyback.batch.questions;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/** The clock, the waits and the randomness that pace retries; tests pass one that does not wait. */
public interface RetryPacing {

    RetryPacing SYSTEM = new RetryPacing() {
        @Override
        public Instant now() {
            return Instant.now();
        }

        @Override
        public void sleep(Duration wait) throws InterruptedException {
            Thread.sleep(wait.toMillis());
        }

        @Override
        public double random() {
            return ThreadLocalRandom.current().nextDouble();
        }
    };

    Instant now();

    void sleep(Duration wait) throws InterruptedException;

    /** Uniform in [0, 1). */
    double random();
}
