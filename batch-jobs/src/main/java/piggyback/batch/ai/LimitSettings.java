package piggyback.batch.ai;

import java.util.Map;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * {@code piggyback.ai.limits.<provider>.requests-per-minute} and {@code .tokens-per-minute}: what every
 * process together may send one provider, per model (0 or absent: no limit of that kind; the provider's own
 * 429s and rate-limit headers still pause everyone).
 */
record LimitSettings(Map<String, Limit> providers) {

    static final String PREFIX = "piggyback.ai.limits";

    /** One provider's limits, per model. */
    record Limit(int requestsPerMinute, long tokensPerMinute) {

        static final Limit NONE = new Limit(0, 0);

        Limit {
            if (requestsPerMinute < 0 || tokensPerMinute < 0) {
                throw new IllegalArgumentException(PREFIX + ": a limit per minute cannot be negative");
            }
        }

        boolean any() {
            return requestsPerMinute > 0 || tokensPerMinute > 0;
        }
    }

    static LimitSettings from(Environment environment) {
        return new LimitSettings(Binder.get(environment)
                .bind(PREFIX, Bindable.mapOf(String.class, Limit.class)).orElse(Map.of()));
    }

    Limit of(String provider) {
        return providers.getOrDefault(provider, Limit.NONE);
    }
}
