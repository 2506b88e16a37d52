package piggyback.batch.scaling;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Local partitioning unless {@code piggyback.pipeline.partitioning=remote}
 * ({@link RemotePartitioningConfiguration}). Local mode needs and opens no broker connection, and
 * then a process must have both roles: nobody else would run its partitions, and a worker alone
 * would have nothing to run.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScaleOutProperties.class)
class ScaleOutConfiguration {

    @Bean
    ProcessRoles processRoles(Environment environment, ScaleOutProperties properties) {
        ProcessRoles roles = ProcessRoles.of(environment);
        if (!roles.worker() && !properties.remotePartitioning()) {
            throw new IllegalStateException(ProcessRoles.PROPERTY + " without worker needs "
                    + "piggyback.pipeline.partitioning=remote and worker processes: nothing else would run the "
                    + "frames and questions partitions");
        }
        if (roles.workerOnly() && !properties.remotePartitioning()) {
            throw new IllegalStateException(ProcessRoles.PROPERTY + "=worker needs "
                    + "piggyback.pipeline.partitioning=remote: a worker only runs partitions sent over RabbitMQ");
        }
        return roles;
    }

    @Bean
    @ConditionalOnProperty(name = "piggyback.pipeline.partitioning", havingValue = "local", matchIfMissing = true)
    PartitionedSteps localPartitionedSteps(JobRepository repository) {
        return new LocalPartitionedSteps(repository);
    }
}
