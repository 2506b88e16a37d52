package piggyback.batch.scaling;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;

/**
 * Whether a partition request still asks for work. RabbitMQ delivers a request again when the
 * worker that had it dies, which is how another worker takes a killed worker's partition over
 * (it resumes from what the dead one committed); but a request may also outlive its run (the
 * manager stopped waiting and failed the step) or arrive twice after it completed. Those are
 * dropped, so only the restart's own requests re-run a partition.
 */
final class StillWanted {

    private static final Logger log = LoggerFactory.getLogger(StillWanted.class);

    private final JobRepository repository;

    StillWanted(JobRepository repository) {
        this.repository = repository;
    }

    boolean test(StepExecutionRequest request) {
        StepExecution partition = repository.getStepExecution(request.getStepExecutionId());
        if (partition == null) {
            log.warn("dropped a request for step execution {}, which does not exist", request.getStepExecutionId());
            return false;
        }
        BatchStatus status = partition.getStatus();
        BatchStatus run = partition.getJobExecution().getStatus();
        boolean wanted = (status == BatchStatus.STARTING || status == BatchStatus.STARTED)
                && (run == BatchStatus.STARTING || run == BatchStatus.STARTED);
        if (!wanted) {
            log.info("dropped the request for partition {} ({}; its run is {})", partition.getStepName(), status, run);
        }
        return wanted;
    }
}
