package piggyback.batch.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class TimedCallTest {

    @Test
    void aCallWithinItsTimeAnswers() {
        assertThat(TimedCall.within(Duration.ofSeconds(5), () -> {
            TimedCall.stillWanted();
            return "answer";
        })).isEqualTo("answer");
    }

    /**
     * The call waits longer than its caller (as for its turn under a rate limit) and swallows the interrupt, as
     * JDBC drivers and HTTP clients may: it must still not be sent once the caller has moved on.
     */
    @Test
    void aCallGivenUpWhileWaitingIsNeverSent() throws InterruptedException {
        AtomicBoolean sent = new AtomicBoolean();
        AtomicReference<RuntimeException> refused = new AtomicReference<>();
        CountDownLatch ended = new CountDownLatch(1);

        assertThatThrownBy(() -> TimedCall.within(Duration.ofMillis(100), () -> {
            try {
                waitSwallowingInterrupts(Duration.ofMillis(400));
                TimedCall.stillWanted();
                sent.set(true);
                return "sent";
            } catch (CancellationException notWanted) {
                refused.set(notWanted);
                throw notWanted;
            } finally {
                ended.countDown();
            }
        })).hasRootCauseInstanceOf(TimeoutException.class);

        assertThat(ended.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(sent).isFalse();
        assertThat(refused.get()).hasMessageContaining("gave up");
    }

    private static void waitSwallowingInterrupts(Duration wait) {
        long until = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < until) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException swallowed) {
                // as a driver that ignores the interrupt
            }
        }
    }
}
