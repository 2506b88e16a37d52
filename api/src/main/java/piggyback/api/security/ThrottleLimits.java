package piggyback.api.security;

import java.time.Duration;

/**
 * The login throttle's limits ({@code piggyback.security.login-throttle}).
 *
 * @param perClient  failures one address may make; sized for a classroom behind one router
 * @param perAccount the back-off of one expert or parent account
 * @param codes      access-code failures from all addresses together
 */
public record ThrottleLimits(Budget perClient, BackOff perAccount, Budget codes) {

    public ThrottleLimits {
        perClient = perClient == null ? new Budget(100, Duration.ofMinutes(15), Duration.ofMinutes(15)) : perClient;
        perAccount = perAccount == null
                ? new BackOff(5, Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofHours(24)) : perAccount;
        codes = codes == null ? new Budget(150, Duration.ofMinutes(15), Duration.ofMinutes(5)) : codes;
    }

    /** {@code maxFailures} within {@code window} block for {@code block}. */
    public record Budget(int maxFailures, Duration window, Duration block) {
    }

    /**
     * From the {@code freeFailures}-th failure in a row the account is blocked for {@code firstBlock},
     * doubled with each further one up to {@code longestBlock}; a row of failures is forgotten
     * {@code forgetAfter} after its last.
     */
    public record BackOff(int freeFailures, Duration firstBlock, Duration longestBlock, Duration forgetAfter) {
    }
}
