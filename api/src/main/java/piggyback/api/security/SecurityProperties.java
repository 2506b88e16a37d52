package piggyback.api.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param codeSecret              keys the access-code lookup digest
 * @param absoluteSessionTimeout  a session ends this long after sign-in, however active
 * @param loginThrottle           failed logins allowed per client, per account and for access codes
 * @param trustedProxies          the reverse proxies (addresses or CIDR ranges) whose X-Forwarded-*
 *                                headers are believed; loopback by default
 * @param nearCacheTtl            how long an instance serves sessions and video access rules it
 *                                read from MySQL before reading them again; changes made through
 *                                the instance itself apply at once, changes made through another
 *                                instance of the API within this time
 */
@ConfigurationProperties("piggyback.security")
public record SecurityProperties(String codeSecret, Duration absoluteSessionTimeout, ThrottleLimits loginThrottle,
                                 Duration nearCacheTtl, List<String> trustedProxies) {

    public SecurityProperties {
        absoluteSessionTimeout = absoluteSessionTimeout == null ? Duration.ofHours(12) : absoluteSessionTimeout;
        loginThrottle = loginThrottle == null ? new ThrottleLimits(null, null, null) : loginThrottle;
        nearCacheTtl = nearCacheTtl == null ? Duration.ofSeconds(5) : nearCacheTtl;
        trustedProxies = trustedProxies == null ? List.of("127.0.0.1", "::1") : List.copyOf(trustedProxies);
    }
}
