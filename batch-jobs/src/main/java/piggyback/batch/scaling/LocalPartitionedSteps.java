package piggyback.batch.scaling;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.PartitionStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/** Partitions on threads of this process, at most {@code localConcurrency} at a time; no broker. */
final class LocalPartitionedSteps implements PartitionedSteps {

    private final JobRepository repository;

    LocalPartitionedSteps(JobRepository repository) {
        this.repository = repository;
    }

    @Override
    public Step build(String name, Step worker, Partitioner partitioner, int localConcurrency,
                      StepExecutionListener... listeners) {
        // a thread per running partition, never more than the concurrency
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor(name + "-");
        executor.setConcurrencyLimit(localConcurrency);
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(worker);
        handler.setTaskExecutor(executor);
        PartitionStepBuilder builder = new StepBuilder(name, repository)
                .partitioner(worker.getName(), partitioner)
                .partitionHandler(handler);
        for (StepExecutionListener listener : listeners) {
            builder.listener(listener);
        }
        return builder.build();
    }

    @Override
    public boolean remote() {
        return false;
    }
}
