package piggyback.batch.scaling;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilder;
import org.springframework.messaging.MessageChannel;

/**
 * Partitions sent to worker processes: one request per partition goes out on the channel that
 * leads to RabbitMQ, and the manager learns that they finished by polling the job repository
 * (no reply queue), so a worker that dies costs its partition, not the manager's wait forever:
 * after {@code timeout} the step fails and can be restarted.
 */
final class RemotePartitionedSteps implements PartitionedSteps {

    private final JobRepository repository;
    private final MessageChannel requests;
    private final ScaleOutProperties.Remote settings;

    RemotePartitionedSteps(JobRepository repository, MessageChannel requests, ScaleOutProperties.Remote settings) {
        this.repository = repository;
        this.requests = requests;
        this.settings = settings;
    }

    @Override
    public Step build(String name, Step worker, Partitioner partitioner, int localConcurrency,
                      StepExecutionListener... listeners) {
        RemotePartitioningManagerStepBuilder builder = new RemotePartitioningManagerStepBuilder(name, repository)
                .partitioner(worker.getName(), partitioner)
                .outputChannel(requests)
                .pollInterval(settings.pollInterval().toMillis())
                .timeout(settings.timeout().toMillis())
                .listener(new UnfinishedPartitions(repository, worker.getName()));
        for (StepExecutionListener listener : listeners) {
            builder.listener(listener);
        }
        return builder.build();
    }

    @Override
    public boolean remote() {
        return true;
    }
}
