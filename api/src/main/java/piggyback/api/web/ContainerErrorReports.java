package piggyback.api.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Puts {@link JsonErrorReportValve} in the place of Tomcat's HTML error report on the host, where
 * Tomcat reports the requests it refuses before the application sees them.
 */
@Component
class ContainerErrorReports implements WebServerFactoryCustomizer<TomcatWebServerFactory> {

    private final JsonMapper json;

    ContainerErrorReports(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void customize(TomcatWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                // a host that finds a valve of its report class already in place adds no other
                host.getPipeline().addValve(new JsonErrorReportValve(json));
                host.setErrorReportValveClass(JsonErrorReportValve.class.getName());
            }
        });
    }
}
