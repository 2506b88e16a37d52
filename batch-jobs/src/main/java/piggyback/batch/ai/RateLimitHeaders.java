package piggyback.batch.ai;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OpenAI's rate-limit headers (also sent by many compatible servers): when {@code x-ratelimit-remaining-requests}
 * or {@code -tokens} is 0, how long until {@code x-ratelimit-reset-requests} / {@code -tokens} ("1s", "6m0s",
 * "20ms"), so the shared limit waits it out before anyone is refused.
 */
public final class RateLimitHeaders {

    private static final Pattern PART = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)(ms|h|m|s)");

    private RateLimitHeaders() {
    }

    /** The wait until the exhausted limit resets; empty when neither is used up (or the headers are absent). */
    public static Optional<Duration> read(Function<String, List<String>> header) {
        Optional<Duration> longest = Optional.empty();
        for (String kind : List.of("requests", "tokens")) {
            if (first(header, "x-ratelimit-remaining-" + kind).filter("0"::equals).isPresent()) {
                Optional<Duration> reset = first(header, "x-ratelimit-reset-" + kind).flatMap(RateLimitHeaders::duration);
                if (reset.isPresent() && (longest.isEmpty() || reset.get().compareTo(longest.get()) > 0)) {
                    longest = reset;
                }
            }
        }
        return longest;
    }

    static Optional<Duration> duration(String text) {
        Matcher part = PART.matcher(text.trim());
        long nanos = 0;
        boolean any = false;
        while (part.find()) {
            any = true;
            double amount = Double.parseDouble(part.group(1));
            nanos += (long) (amount * switch (part.group(2)) {
                case "ms" -> 1e6;
                case "s" -> 1e9;
                case "m" -> 60e9;
                default -> 3600e9;
            });
        }
        return any ? Optional.of(Duration.ofNanos(nanos)) : Optional.empty();
    }

    private static Optional<String> first(Function<String, List<String>> header, String name) {
        List<String> values = header.apply(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0).trim());
    }
}
