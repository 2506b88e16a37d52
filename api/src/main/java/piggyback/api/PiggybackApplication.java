package piggyback.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

import piggyback.batch.BatchJobsConfiguration;
import piggyback.batch.scaling.ProcessRoles;
import piggyback.storage.StorageConfiguration;
import piggyback.worker.PipelineWorkerApplication;

/**
 * The Piggyback Learning server: the API, its pages and the media pipeline in one process. With
 * {@code piggyback.roles=worker} (environment {@code PIGGYBACK_ROLES}, a system property or an
 * argument) the same jar starts a pipeline worker instead ({@link PipelineWorkerApplication}).
 */
@SpringBootApplication
@Import({StorageConfiguration.class, BatchJobsConfiguration.class})
public class PiggybackApplication {

    public static void main(String[] args) {
        start(args);
    }

    /** Starts the process the roles ask for. */
    public static ConfigurableApplicationContext start(String... args) {
        StandardEnvironment launch = new StandardEnvironment();
        launch.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        if (ProcessRoles.of(launch).workerOnly()) {
            return PipelineWorkerApplication.start(args);
        }
        return SpringApplication.run(PiggybackApplication.class, args);
    }
}
