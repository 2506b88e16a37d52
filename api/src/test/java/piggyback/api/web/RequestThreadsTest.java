package piggyback.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.mock.env.MockEnvironment;

import piggyback.api.ApiTest;
import piggyback.batch.ai.AiProvider;

/** Two request threads per core while every provider is offline; Tomcat's default otherwise. */
class RequestThreadsTest extends ApiTest {

    private static final int CORES = Runtime.getRuntime().availableProcessors();

    @Autowired
    WebServerApplicationContext context;

    @Test
    void theRunningServerHasTwoRequestThreadsPerCore() {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        AbstractProtocol<?> protocol = (AbstractProtocol<?>) server.getTomcat().getConnector().getProtocolHandler();

        assertThat(protocol.getMaxThreads()).isEqualTo(2 * CORES);
    }

    @Test
    void offlineProvidersGetTwoPerCore() {
        assertThat(threads(new MockEnvironment().withProperty("piggyback.ai.provider", "offline")).chosen())
                .hasValue(2 * CORES);
    }

    @Test
    void aRemoteModelKeepsTomcatsDefaultBecauseCheckAnswerMayWaitOnIt() {
        assertThat(threads(new MockEnvironment().withProperty("piggyback.ai.provider", "openai")
                .withProperty("spring.ai.openai.base-url", "http://127.0.0.1:11434/v1")).chosen()).isEmpty();
        assertThat(threads(new MockEnvironment().withProperty("spring.ai.openai.api-key", "sk-real")).chosen())
                .isEmpty();
        assertThat(threads(new MockEnvironment().withProperty("piggyback.ai.provider", "offline")
                .withProperty("piggyback.ai.judge.provider", "anthropic")
                .withProperty("piggyback.ai.anthropic.api-key", "a-key")).chosen()).isEmpty();
    }

    @Test
    void onlyTheJudgesProviderCountsSinceOnlyTheJudgeRunsOnARequestThread() {
        assertThat(threads(new MockEnvironment().withProperty("spring.ai.openai.api-key", "sk-real")
                .withProperty("piggyback.ai.judge.provider", "offline")).chosen()).hasValue(2 * CORES);
    }

    @Test
    void aConfiguredNumberWins() {
        MockEnvironment environment = new MockEnvironment().withProperty("piggyback.ai.provider", "offline")
                .withProperty("server.tomcat.threads.max", "32");

        assertThat(threads(environment).chosen()).isEmpty();
    }

    private static RequestThreads threads(MockEnvironment environment) {
        return new RequestThreads(environment, new AiProvider(environment));
    }
}
