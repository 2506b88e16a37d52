package piggyback.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import piggyback.api.ApiClient;
import piggyback.api.ApiTest;

/**
 * X-Forwarded-For is believed only from the configured proxies (loopback by default, where the
 * tests' clients connect from): a client elsewhere on the network cannot choose the address the
 * login throttle counts it under. The client here connects from 127.0.0.2, which stands for such
 * a neighbour: Linux routes all of 127/8 to the loopback interface.
 */
class TrustedProxiesTest extends ApiTest {

    /** piggyback.security.login-throttle.per-client.max-failures */
    private static final int PER_CLIENT = 100;

    @Test
    void aClientThatIsNotAProxyCannotChangeItsAddressWithXForwardedFor() throws IOException {
        for (int attempt = 1; attempt <= PER_CLIENT; attempt++) {
            assertThat(adminLoginFrom("127.0.0.2", "203.0.113." + attempt, "wrong-" + attempt)).isEqualTo(401);
        }

        assertThat(adminLoginFrom("127.0.0.2", "203.0.113.99", "wrong-again")).isEqualTo(429);
    }

    @Test
    void aConfiguredProxyIsBelieved() {
        ApiClient first = anonymous();
        for (int attempt = 1; attempt <= PER_CLIENT; attempt++) {
            first.postJson("/api/admin/verify-access", java.util.Map.of("password", "wrong-" + attempt)).expect(401);
        }
        first.postJson("/api/admin/verify-access", java.util.Map.of("password", "wrong")).expect(429);

        // the same loopback proxy, another client behind it
        anonymous().postJson("/api/admin/verify-access", java.util.Map.of("password", "wrong")).expect(401);
    }

    /** The status of an admin login sent over a connection from {@code local}, claiming to forward {@code claimed}. */
    private int adminLoginFrom(String local, String claimed, String password) throws IOException {
        byte[] body = ("{\"password\":\"" + password + "\"}").getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(local, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/admin/verify-access HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nContent-Type: application/json\r\nX-Forwarded-For: " + claimed
                    + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }
}
