package piggyback.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import piggyback.api.ApiClient;
import piggyback.api.ApiTest;
import piggyback.api.PiggybackApplication;
import piggyback.testing.TestInfrastructure;

/**
 * Two API instances on two ports sharing one database, as behind a load balancer
 * (docs/architecture.md#scaling-out): a session signed in on one is valid on the other, and signing out
 * on the first ends it on the second too, once the second's kept copy expires (its near-cache time, 1 s
 * here): the sessions live in the database, not in either instance.
 */
class SharedSessionsTest extends ApiTest {

    private static ConfigurableApplicationContext second;

    @AfterAll
    static void stopSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    private static final long SECOND_TRUSTS_MILLIS = 1_000;

    @Test
    void aSessionSignedInOnOneInstanceWorksOnTheOtherUntilItLogsOut() throws InterruptedException {
        int otherPort = secondInstancePort();
        assertThat(otherPort).isNotEqualTo(port);
        ApiClient admin = admin();
        String session = admin.sessionId();
        assertThat(session).isNotBlank();
        ApiClient other = new ApiClient(otherPort);

        other.getWithHeader("/api/admin/experts", "Cookie", "SESSION=" + session).expect(200);
        other.get("/api/admin/experts").expect(401);
        other.getWithHeader("/api/admin/experts", "Cookie", "SESSION=not-a-session").expect(401);

        admin.post("/api/expert/logout").expect(200);
        // on the instance that ended it: at once
        new ApiClient(port).getWithHeader("/api/admin/experts", "Cookie", "SESSION=" + session).expect(401);
        Thread.sleep(SECOND_TRUSTS_MILLIS + 300);
        other.getWithHeader("/api/admin/experts", "Cookie", "SESSION=" + session).expect(401);
    }

    private static synchronized int secondInstancePort() {
        if (second == null) {
            // Quartz keeps its connection providers in a JVM-wide registry by scheduler name: a second
            // scheduler of the same name in this JVM would take over the first one's database
            List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.profiles.active=test",
                    "--spring.quartz.auto-startup=false", "--spring.quartz.scheduler-name=secondInstance",
                    "--piggyback.pipeline.recover-on-startup=false",
                    "--piggyback.security.near-cache-ttl=" + SECOND_TRUSTS_MILLIS + "ms"));
            arguments.addAll(TestInfrastructure.shared().arguments());
            second = PiggybackApplication.start(arguments.toArray(String[]::new));
        }
        return ((WebServerApplicationContext) second).getWebServer().getPort();
    }
}
