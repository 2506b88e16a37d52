package piggyback.batch.scaling;

import java.lang.management.ManagementFactory;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes which process runs a partition into the partition's execution context
 * ({@value #WORKER_ID}) as soon as it starts, so operators (and the tests) can see who holds a
 * running partition and how the work was spread. The id is {@code piggyback.worker-id}, by
 * default {@code <pid>@<host>}. A partition taken over from a worker that died gets the new id.
 */
@Component
public class WorkerStamp implements StepExecutionListener {

    public static final String WORKER_ID = "worker_id";

    private final String id;
    private final JobRepository repository;

    WorkerStamp(@Value("${piggyback.worker-id:}") String configured, JobRepository repository) {
        this.repository = repository;
        this.id = configured.isBlank() ? ManagementFactory.getRuntimeMXBean().getName()
                : configured;
    }

    public String id() {
        return id;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        stepExecution.getExecutionContext().putString(WORKER_ID, id);
        repository.updateExecutionContext(stepExecution);
    }
}
