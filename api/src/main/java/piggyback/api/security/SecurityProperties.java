package piggyback.api.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param codeSecret              keys the access-code lookup digest
 * @param absoluteSessionTimeout  a session ends this long after sign-in, however active
 * @param loginThrottle           failed logins allowed per client and per account
 * @param nearCacheTtl            how long an instance serves sessions and video access rules it
 *                                read from MySQL before reading them again; changes made through
 *                                the instance itself apply at once, changes made through another
 *                                instance of the API within this time
 */
@ConfigurationProperties("piggyback.security")
public record SecurityProperties(String codeSecret, Duration absoluteSessionTimeout, Throttle loginThrottle,
                                 Duration nearCacheTtl) {

    public SecurityProperties {
        absoluteSessionTimeout = absoluteSessionTimeout == null ? Duration.ofHours(12) : absoluteSessionTimeout;
        loginThrottle = loginThrottle == null ? new Throttle(5, Duration.ofMinutes(15), Duration.ofMinutes(5)) : loginThrottle;
        nearCacheTtl = nearCacheTtl == null ? Duration.ofSeconds(5) : nearCacheTtl;
    }

    /** {@code maxFailures} within {@code window} block the client or account for {@code block}. */
    public record Throttle(int maxFailures, Duration window, Duration block) {
    }
}
