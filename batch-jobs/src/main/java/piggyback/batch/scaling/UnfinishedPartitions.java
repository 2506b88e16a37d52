package piggyback.batch.scaling;

import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * When a remote manager step ends without success (its wait timed out), the partitions still
 * marked as running are marked FAILED: no worker will report them any more, a late request for
 * them is ignored by the workers, and the restart runs them again.
 */
final class UnfinishedPartitions implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(UnfinishedPartitions.class);

    private final JobRepository repository;
    private final String workerPrefix;

    UnfinishedPartitions(JobRepository repository, String workerName) {
        this.repository = repository;
        this.workerPrefix = workerName + ":";
    }

    @Override
    public ExitStatus afterStep(StepExecution manager) {
        if (manager.getStatus() == BatchStatus.COMPLETED) {
            return null;
        }
        for (StepExecution partition : repository.getJobExecution(manager.getJobExecutionId()).getStepExecutions()) {
            BatchStatus status = partition.getStatus();
            if (partition.getStepName().startsWith(workerPrefix)
                    && (status == BatchStatus.STARTING || status == BatchStatus.STARTED)) {
                partition.setStatus(BatchStatus.FAILED);
                partition.setExitStatus(ExitStatus.FAILED.addExitDescription(
                        "no worker finished this partition before the manager stopped waiting"));
                partition.setEndTime(LocalDateTime.now());
                repository.update(partition);
                log.warn("partition {} of run {} left unfinished by its worker", partition.getStepName(),
                        manager.getJobExecutionId());
            }
        }
        return null;
    }
}
