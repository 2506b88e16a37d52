package piggyback.api.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Which peers may tell Tomcat the client's address, scheme and host (X-Forwarded-For, -Proto,
 * -Host): only the proxies configured in {@code piggyback.security.trusted-proxies} (addresses or
 * CIDR ranges; loopback by default). Tomcat's own default trusts every private address, which
 * would let any machine on the same network choose the address the login throttle counts it under.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatWebServerFactory>, Ordered {

    private final List<String> proxies;

    TrustedProxies(SecurityProperties properties) {
        this.proxies = properties.trustedProxies();
    }

    @Override
    public void customize(TomcatWebServerFactory factory) {
        String ranges = cidrs(proxies);
        factory.getEngineValves().stream().filter(RemoteIpValve.class::isInstance).map(RemoteIpValve.class::cast)
                // an empty list trusts nobody: no address matches an impossible range
                .forEach(valve -> valve.setInternalProxies(ranges.isEmpty() ? "0.0.0.0/32" : ranges));
    }

    /** The proxies as CIDR ranges, the form Tomcat reads as ranges rather than as a regular expression. */
    static String cidrs(List<String> proxies) {
        return proxies.stream().map(String::trim).filter(entry -> !entry.isEmpty()).map(TrustedProxies::cidr)
                .collect(Collectors.joining(","));
    }

    private static String cidr(String entry) {
        String address = entry.contains("/") ? entry.substring(0, entry.indexOf('/')) : entry;
        if (!address.matches("[0-9A-Fa-f:.]+")) {
            throw new IllegalArgumentException("piggyback.security.trusted-proxies: " + entry
                    + " is not an IP address or CIDR range");
        }
        try {
            InetAddress parsed = InetAddress.getByName(address);
            return entry.contains("/") ? entry : address + (parsed.getAddress().length == 4 ? "/32" : "/128");
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("piggyback.security.trusted-proxies: " + entry
                    + " is not an IP address or CIDR range", e);
        }
    }

    /** After Boot's own customizer, which adds the valve. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
