package piggyback.api.security;

import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import piggyback.api.web.ApiException;
import piggyback.storage.throttle.LoginFailures;

/**
 * Slows down guessing, with three limits (see {@link ThrottleLimits}):
 * <ul>
 * <li>per account (an expert's or parent's id): a back-off that doubles with each failure in a
 *     row, cleared when the right password is given;</li>
 * <li>per client address: a budget sized for a classroom of tablets behind one school router,
 *     which a success does not refill (else one known code would buy endless guesses);</li>
 * <li>access codes, which are secrets without an account: one budget across every address as
 *     well, so spreading guesses over many addresses does not help.</li>
 * </ul>
 * A blocked login is refused with 429 and Retry-After whether or not what was typed is right, so
 * a block is no oracle.
 */
@Component
public class LoginThrottle {

    private static final String CODES = "codes:every-client";

    private final LoginFailures failures;
    private final ThrottleLimits limits;

    LoginThrottle(LoginFailures failures, SecurityProperties properties) {
        this.failures = failures;
        this.limits = properties.loginThrottle();
    }

    /** Refuses with 429 when the client, or the account (may be null), is blocked. */
    public void checkAllowed(String clientIp, String account) {
        refuseIfBlocked(Stream.of(clientKey(clientIp), account == null ? null : accountKey(account)));
    }

    /** Refuses with 429 when the client is blocked, or code guessing is, everywhere. */
    public void checkCodeAllowed(String clientIp) {
        refuseIfBlocked(Stream.of(clientKey(clientIp), CODES));
    }

    /** A wrong password (or a refused change) for the account, which may be null. */
    public void failed(String clientIp, String account) {
        countClient(clientIp);
        if (account != null && !account.isBlank()) {
            ThrottleLimits.BackOff backOff = limits.perAccount();
            failures.recordStrike(accountKey(account), backOff.freeFailures(), backOff.firstBlock(),
                    backOff.longestBlock(), backOff.forgetAfter());
        }
    }

    /** A wrong access code. */
    public void codeFailed(String clientIp) {
        countClient(clientIp);
        ThrottleLimits.Budget codes = limits.codes();
        failures.recordFailure(CODES, codes.maxFailures(), codes.window(), codes.block());
    }

    /** The account's right password ends its back-off; the client's budget is not refilled. */
    public void succeeded(String account) {
        if (account != null) {
            failures.clear(accountKey(account));
        }
    }

    private void countClient(String clientIp) {
        ThrottleLimits.Budget perClient = limits.perClient();
        failures.recordFailure(clientKey(clientIp), perClient.maxFailures(), perClient.window(), perClient.block());
    }

    private void refuseIfBlocked(Stream<String> keys) {
        Optional<Duration> blocked = keys.filter(key -> key != null)
                .map(failures::blockedFor).flatMap(Optional::stream)
                .max(Duration::compareTo);
        blocked.ifPresent(left -> {
            long seconds = Math.max(1, (left.toMillis() + 999) / 1000);
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS,
                    "Too many failed attempts. Please wait " + seconds + " seconds and try again.")
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        });
    }

    private static String clientKey(String clientIp) {
        return "client:" + clientIp;
    }

    private static String accountKey(String account) {
        return "account:" + account;
    }
}
