package piggyback.api.security;

import java.time.Duration;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import piggyback.api.web.ApiException;
import piggyback.storage.throttle.LoginFailures;

/**
 * Slows down guessing: after repeated failures from one client, or against one account, logins
 * are refused with 429 and a Retry-After header until the block runs out.
 */
@Component
public class LoginThrottle {

    private final LoginFailures failures;
    private final SecurityProperties.Throttle limits;

    LoginThrottle(LoginFailures failures, SecurityProperties properties) {
        this.failures = failures;
        this.limits = properties.loginThrottle();
    }

    /** Refuses with 429 when the client, or the account (may be null), is blocked. */
    public void checkAllowed(String clientIp, String account) {
        Optional<Duration> blocked = failures.blockedFor(clientKey(clientIp));
        if (blocked.isEmpty() && account != null) {
            blocked = failures.blockedFor(accountKey(account));
        }
        blocked.ifPresent(left -> {
            long seconds = Math.max(1, (left.toMillis() + 999) / 1000);
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS,
                    "Too many failed attempts. Please wait " + seconds + " seconds and try again.")
                    .with(HttpHeaders.RETRY_AFTER, seconds);
        });
    }

    public void failed(String clientIp, String account) {
        failures.recordFailure(clientKey(clientIp), limits.maxFailures(), limits.window(), limits.block());
        if (account != null && !account.isBlank()) {
            failures.recordFailure(accountKey(account), limits.maxFailures(), limits.window(), limits.block());
        }
    }

    public void succeeded(String clientIp, String account) {
        failures.clear(clientKey(clientIp));
        if (account != null) {
            failures.clear(accountKey(account));
        }
    }

    private static String clientKey(String clientIp) {
        return "client:" + clientIp;
    }

    private static String accountKey(String account) {
        return "account:" + account;
    }
}
