package piggyback.batch.runs;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;

/**
 * Batch's operator, except that a run carrying an admission priority ({@link RunPriority}) is
 * created and then waits in the {@link RunQueue} instead of starting at once; starts, restarts
 * and recoveries all pass here, so none of them can go past the limit. A run without a priority
 * (a playlist, a test's job) starts at once, recorded as this process's, so that it too is taken
 * over when this process falls silent.
 */
final class AdmittingJobOperator extends TaskExecutorJobOperator {

    private final RunQueue queue;
    private final String process;
    private final Runnable afterQueued;

    AdmittingJobOperator(RunQueue queue, String process, Runnable afterQueued) {
        this.queue = queue;
        this.process = process;
        this.afterQueued = afterQueued;
    }

    @Override
    protected void launchJobExecution(Job job, JobExecution execution) {
        Long priority = execution.getJobParameters().getLong(RunPriority.PARAMETER);
        if (priority == null) {
            queue.taken(execution.getId(), job.getName(), process);
            super.launchJobExecution(job, execution);
            return;
        }
        queue.add(execution.getId(), job.getName(), priority.intValue());
        afterQueued.run();
    }

    /** Starts a run the queue has admitted. */
    void launchAdmitted(Job job, JobExecution execution) {
        super.launchJobExecution(job, execution);
    }
}
