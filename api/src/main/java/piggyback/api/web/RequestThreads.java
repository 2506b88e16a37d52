package piggyback.api.web;

import java.util.OptionalInt;

import org.apache.coyote.AbstractProtocol;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import piggyback.batch.ai.AiProvider;
import piggyback.batch.ai.AiTask;

/**
 * How many request threads Tomcat runs. With every AI provider offline, the routes a child's device
 * calls all the time (check_answer, final-questions) do no I/O: sessions, access rules and answer
 * keys are kept in memory. A couple of threads per core then serve them fastest: on two cores, 64
 * busy threads time-slicing the same work served less than half as many requests, with three to five
 * times the p99 (README, Benchmarks). Work that takes long (transcription, speech, file downloads) runs on the
 * MVC async executor and never holds a request thread. With a chat model judging, check_answer may wait on
 * the model for a borderline answer, so Tomcat keeps its default. {@code server.tomcat.threads.max},
 * when set, wins.
 */
@Component
public class RequestThreads implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    static final int PER_CORE = 2;

    private final Environment environment;
    private final AiProvider provider;

    RequestThreads(Environment environment, AiProvider provider) {
        this.environment = environment;
        this.provider = provider;
    }

    /** The number this instance chooses; empty when Tomcat's (or the configured) number stands. */
    public OptionalInt chosen() {
        if (environment.containsProperty("server.tomcat.threads.max") || provider.online(AiTask.JUDGE)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(PER_CORE * Runtime.getRuntime().availableProcessors());
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        chosen().ifPresent(threads -> factory.addConnectorCustomizers(connector -> {
            if (connector.getProtocolHandler() instanceof AbstractProtocol<?> protocol) {
                protocol.setMaxThreads(threads);
                protocol.setMinSpareThreads(threads);
            }
        }));
    }

    /** After Boot's own customizer, which sets Tomcat's default. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
