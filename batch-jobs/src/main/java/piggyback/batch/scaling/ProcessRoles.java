package piggyback.batch.scaling;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.core.env.PropertyResolver;

/**
 * What a process does, from {@code piggyback.roles} (default {@code api,worker}: everything, as on
 * one machine): {@code api} serves the web API and manages runs (it is the manager of partitioned
 * steps, fires Quartz schedules, recovers interrupted runs); {@code worker} runs partitions.
 * A process without {@code api} is a pipeline worker: no web server, no schedules, no recovery.
 */
public record ProcessRoles(boolean api, boolean worker) {

    public static final String PROPERTY = "piggyback.roles";

    /** What a worker-only process turns off, as default properties (explicit settings win). */
    public static final Map<String, Object> WORKER_ONLY_DEFAULTS = Map.of(
            "spring.main.web-application-type", "none",
            "spring.quartz.auto-startup", "false",
            "piggyback.pipeline.recover-on-startup", "false");

    public static ProcessRoles of(PropertyResolver properties) {
        Set<String> roles = new LinkedHashSet<>();
        for (String role : properties.getProperty(PROPERTY, "api,worker").split(",")) {
            if (!role.isBlank()) {
                roles.add(role.strip().toLowerCase(Locale.ROOT));
            }
        }
        if (roles.isEmpty() || !List.of("api", "worker").containsAll(roles)) {
            throw new IllegalStateException(PROPERTY + " must name api, worker or both, not '"
                    + properties.getProperty(PROPERTY) + "'");
        }
        return new ProcessRoles(roles.contains("api"), roles.contains("worker"));
    }

    public boolean workerOnly() {
        return worker && !api;
    }
}
