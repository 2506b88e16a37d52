package piggyback.batch.scaling;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.step.Step;

/**
 * Builds the manager step of a partitioned step: partitions run on threads of this process
 * ({@code local}) or on worker processes reached through RabbitMQ ({@code remote}). Either way each
 * partition is a step execution of its own named {@code <worker>:<partition>}, so a restart re-runs
 * only the partitions that did not complete.
 */
public interface PartitionedSteps {

    /**
     * @param name             the manager step's name
     * @param worker           the step each partition runs (a bean of that name, for remote workers)
     * @param localConcurrency partitions run at once in local mode
     * @param listeners        listeners of the manager step
     */
    Step build(String name, Step worker, Partitioner partitioner, int localConcurrency,
               StepExecutionListener... listeners);

    /** Whether partitions go to other processes. */
    boolean remote();
}
