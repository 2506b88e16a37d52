package piggyback.worker;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

import piggyback.batch.BatchJobsConfiguration;
import piggyback.batch.scaling.ProcessRoles;
import piggyback.storage.StorageConfiguration;

/**
 * A pipeline worker ({@code piggyback.roles=worker}, with
 * {@code piggyback.pipeline.partitioning=remote}): the data layer and the pipeline without the web
 * API, so no web server, no routes, no sessions; Quartz does not fire schedules and interrupted
 * runs are not recovered here (the API instances do both). It runs the frames and questions
 * partitions it takes from RabbitMQ. Outside {@code piggyback.api}, so the API's component scan
 * never finds it.
 */
@SpringBootApplication
@Import({StorageConfiguration.class, BatchJobsConfiguration.class})
public class PipelineWorkerApplication {

    public static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(PipelineWorkerApplication.class)
                .properties(ProcessRoles.WORKER_ONLY_DEFAULTS)
                .run(args);
    }
}
