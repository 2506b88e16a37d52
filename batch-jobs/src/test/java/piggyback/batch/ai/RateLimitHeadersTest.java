package piggyback.batch.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** OpenAI's rate-limit headers: a used-up limit says how long until it resets. */
class RateLimitHeadersTest {

    @Test
    void aUsedUpLimitGivesTheLongerOfItsResets() {
        Map<String, List<String>> headers = Map.of(
                "x-ratelimit-remaining-requests", List.of("0"), "x-ratelimit-reset-requests", List.of("1.5s"),
                "x-ratelimit-remaining-tokens", List.of("0"), "x-ratelimit-reset-tokens", List.of("6m0s"));

        assertThat(RateLimitHeaders.read(headers::get)).contains(Duration.ofMinutes(6));
    }

    @Test
    void aLimitWithRoomLeftOrNoHeadersSaysNothing() {
        Map<String, List<String>> headers = Map.of(
                "x-ratelimit-remaining-requests", List.of("41"), "x-ratelimit-reset-requests", List.of("20ms"));

        assertThat(RateLimitHeaders.read(headers::get)).isEmpty();
        assertThat(RateLimitHeaders.read(name -> List.of())).isEmpty();
    }

    @Test
    void resetTimesInEveryUnitOpenAiUses() {
        assertThat(RateLimitHeaders.duration("20ms")).contains(Duration.ofMillis(20));
        assertThat(RateLimitHeaders.duration("1.5s")).contains(Duration.ofMillis(1500));
        assertThat(RateLimitHeaders.duration("1h2m3s")).contains(Duration.ofSeconds(3723));
        assertThat(RateLimitHeaders.duration("soon")).isEmpty();
    }
}
