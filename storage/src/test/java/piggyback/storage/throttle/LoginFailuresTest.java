package piggyback.storage.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import piggyback.storage.StorageTestBase;

class LoginFailuresTest extends StorageTestBase {

    @Autowired
    LoginFailures failures;

    @Test
    void aKeyIsBlockedOnceItReachesTheLimitInsideTheWindow() {
        String key = "client:" + UUID.randomUUID();
        for (int i = 0; i < 4; i++) {
            failures.recordFailure(key, 5, Duration.ofMinutes(15), Duration.ofMinutes(5));
        }
        assertThat(failures.blockedFor(key)).isEmpty();

        failures.recordFailure(key, 5, Duration.ofMinutes(15), Duration.ofMinutes(5));

        assertThat(failures.blockedFor(key)).hasValueSatisfying(left ->
                assertThat(left).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(5)));
    }

    @Test
    void clearingForgetsTheFailures() {
        String key = "account:" + UUID.randomUUID();
        failures.recordFailure(key, 1, Duration.ofMinutes(15), Duration.ofMinutes(5));
        assertThat(failures.blockedFor(key)).isPresent();

        failures.clear(key);

        assertThat(failures.blockedFor(key)).isEmpty();
    }

    @Test
    void failuresOutsideTheWindowDoNotAddUp() {
        String key = "client:" + UUID.randomUUID();
        failures.recordFailure(key, 2, Duration.ZERO, Duration.ofMinutes(5));
        failures.recordFailure(key, 2, Duration.ZERO, Duration.ofMinutes(5));

        assertThat(failures.blockedFor(key)).as("each failure starts a new, empty window").isEmpty();
    }
}
