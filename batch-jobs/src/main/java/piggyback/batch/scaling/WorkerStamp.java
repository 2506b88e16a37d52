package piggyback.batch.scaling;

import java.lang.management.ManagementFactory;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes which process ran a partition into the partition's execution context
 * ({@value #WORKER_ID}), so operators (and the tests) can see how the work was spread.
 * The id is {@code piggyback.worker-id}, by default {@code <pid>@<host>}.
 */
@Component
public class WorkerStamp implements StepExecutionListener {

    public static final String WORKER_ID = "worker_id";

    private final String id;

    WorkerStamp(@Value("${piggyback.worker-id:}") String configured) {
        this.id = configured.isBlank() ? ManagementFactory.getRuntimeMXBean().getName()
                : configured;
    }

    public String id() {
        return id;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        stepExecution.getExecutionContext().putString(WORKER_ID, id);
    }
}
