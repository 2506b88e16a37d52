package piggyback.batch.runs;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import piggyback.batch.scaling.WorkerStamp;

/**
 * Starts, stops, restarts and recovers pipeline runs. Runs go to the background (the caller gets
 * the execution id at once); the job repository in MySQL keeps every run's state, so a run that
 * failed or was cut short by a crash resumes at its first unfinished step or partition. A run
 * with a {@link RunPriority} first waits in the admission queue ({@link RunQueue}) until fewer
 * than {@code piggyback.pipeline.max-concurrent-runs} such runs are going, cluster-wide.
 */
@Service
public class PipelineRuns {

    private static final Logger log = LoggerFactory.getLogger(PipelineRuns.class);

    private final JobRepository repository;
    private final ObjectProvider<Job> jobProvider;
    private final RunQueue queue;
    private final AdmittingJobOperator operator;
    private final int maxConcurrentRuns;
    private final String claimant;
    private final TransactionTemplate suspending;
    private Map<String, Job> jobs;
    // queued runs start only once startup recovery is over: it fails every unfinished run
    private volatile boolean admitting;

    // the jobs are looked up on first use: some of them start runs themselves (ingestPlaylist)
    PipelineRuns(JobRepository repository, ObjectProvider<Job> jobProvider, RunQueue queue, WorkerStamp process,
                 PlatformTransactionManager transactions,
                 @Value("${piggyback.pipeline.max-concurrent-runs:0}") int maxConcurrentRuns) {
        if (maxConcurrentRuns < 0) {
            throw new IllegalStateException("piggyback.pipeline.max-concurrent-runs must be 1 or more (0: one per core), not "
                    + maxConcurrentRuns);
        }
        this.repository = repository;
        this.jobProvider = jobProvider;
        this.queue = queue;
        this.claimant = process.id();
        this.operator = new AdmittingJobOperator(queue, claimant, this::admitQueued);
        this.maxConcurrentRuns = maxConcurrentRuns == 0 ? Runtime.getRuntime().availableProcessors() : maxConcurrentRuns;
        this.suspending = new TransactionTemplate(transactions);
        suspending.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
    }

    private synchronized Map<String, Job> jobs() {
        if (jobs == null) {
            Map<String, Job> byName = jobProvider.orderedStream()
                    .collect(Collectors.toMap(Job::getName, Function.identity()));
            MapJobRegistry registry = new MapJobRegistry();
            try {
                for (Job job : byName.values()) {
                    registry.register(job);
                }
                operator.setJobRegistry(registry);
                operator.setJobRepository(repository);
                SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("pipeline-");
                // a run that ends makes room for the next queued one
                threads.setTaskDecorator(run -> () -> {
                    try {
                        run.run();
                    } finally {
                        admitQueued();
                    }
                });
                operator.setTaskExecutor(threads);
                operator.afterPropertiesSet();
            } catch (Exception e) {
                throw new IllegalStateException("cannot set up the pipeline's job operator", e);
            }
            jobs = byName;
        }
        return jobs;
    }

    /** Starts a run in the background and returns its execution id. */
    public long start(String jobName, JobParameters parameters) {
        Job job = job(jobName);
        try {
            return startRetryingDeadlocks(job, parameters);
        } catch (JobExecutionAlreadyRunningException e) {
            throw new PipelineRunException(PipelineRunException.Kind.CONFLICT, "This run is already going");
        } catch (JobInstanceAlreadyCompleteException e) {
            throw new PipelineRunException(PipelineRunException.Kind.CONFLICT, "This run has already completed");
        } catch (Exception e) {
            throw new PipelineRunException(PipelineRunException.Kind.CONFLICT, "Cannot start: " + e.getMessage());
        }
    }

    /**
     * Batch creates a run's rows in one transaction; MySQL may pick it as the loser of a deadlock
     * when many runs are asked for at once (a playlist and an admin), which is worth a retry.
     */
    private long startRetryingDeadlocks(Job job, JobParameters parameters) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return outsideTransactions(() -> operator().start(job, parameters).getId());
            } catch (PessimisticLockingFailureException deadlock) {
                if (attempt == 5) {
                    throw deadlock;
                }
                Thread.sleep(ThreadLocalRandom.current().nextLong(10, 50L * attempt));
            }
        }
    }

    /**
     * Runs the call with the caller's transaction, if any, suspended: Batch's repository creates a run in a
     * transaction of its own and refuses to while one is open (a playlist's step starts its videos' runs).
     */
    private <T> T outsideTransactions(Callable<T> call) throws Exception {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return call.call();
        }
        AtomicReference<Exception> failure = new AtomicReference<>();
        T result = suspending.execute(status -> {
            try {
                return call.call();
            } catch (Exception e) {
                failure.set(e);
                return null;
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result;
    }

    /** Restarts a failed or stopped run from where it stopped; returns the new execution's id. */
    public long restart(long executionId) {
        JobExecution execution = execution(executionId);
        if (stillStopping(execution)) {
            throw new PipelineRunException(PipelineRunException.Kind.CONFLICT,
                    "The run is still stopping (a step has not finished yet); restart it in a moment");
        }
        BatchStatus status = execution.getStatus();
        if (status != BatchStatus.FAILED && status != BatchStatus.STOPPED) {
            throw new PipelineRunException(PipelineRunException.Kind.CONFLICT,
                    "Only a FAILED or STOPPED run can be restarted; this one is " + status);
        }
        job(execution.getJobInstance().getJobName());
        try {
            return outsideTransactions(() -> operator().restart(execution).getId());
        } catch (Exception e) {
            throw new PipelineRunException(PipelineRunException.Kind.CONFLICT, "Cannot restart: " + e.getMessage());
        }
    }

    /**
     * Whether a run said STOPPED is still finishing a step. Batch stamps a run's end time when it is
     * asked to stop, and so records it as STOPPED at once, while its thread may still be in a step.
     */
    public static boolean stillStopping(JobExecution execution) {
        return execution.getStatus() == BatchStatus.STOPPED
                && execution.getStepExecutions().stream().anyMatch(step -> step.getStatus().isRunning());
    }

    /**
     * Starts queued runs while fewer than {@code piggyback.pipeline.max-concurrent-runs} admitted
     * runs are going on this database. Safe to call from any thread and any process, at any time.
     */
    public void admitQueued() {
        if (!admitting) {
            return;
        }
        for (long id : queue.claim(maxConcurrentRuns, claimant, jobs().keySet())) {
            JobExecution execution = repository.getJobExecution(id);
            operator().launchAdmitted(jobs().get(execution.getJobInstance().getJobName()), execution);
        }
    }

    /** From now on queued runs start (called once startup recovery is over). */
    public void startAdmitting() {
        admitting = true;
        admitQueued();
    }

    public int maxConcurrentRuns() {
        return maxConcurrentRuns;
    }

    /** A run waiting for its turn: where it stands, 1 starting next. Empty for any other run. */
    public Optional<Integer> queuePosition(long executionId) {
        return queue.position(executionId);
    }

    /** The positions of those of these runs that wait in the queue. */
    public Map<Long, Integer> queuePositions(List<Long> executionIds) {
        return queue.positions(executionIds);
    }

    /**
     * Asks a running run to stop at its next chunk or step boundary; a queued run leaves the
     * queue at once and is STOPPED (it can be restarted, and then queues again).
     */
    public void stop(long executionId) {
        if (queue.cancel(executionId)) {
            JobExecution execution = execution(executionId);
            execution.setStatus(BatchStatus.STOPPED);
            execution.setExitStatus(ExitStatus.STOPPED.addExitDescription("Cancelled while queued"));
            execution.setEndTime(LocalDateTime.now());
            repository.update(execution);
            return;
        }
        for (int attempt = 1; ; attempt++) {
            JobExecution execution = execution(executionId);
            try {
                operator().stop(execution);
                return;
            } catch (JobExecutionNotRunningException e) {
                throw new PipelineRunException(PipelineRunException.Kind.CONFLICT,
                        "Only a running run can be stopped; this one is " + execution.getStatus());
            } catch (OptimisticLockingFailureException racedWithTheRun) {
                // the run saved its progress meanwhile: read it again and ask again
                if (attempt == 3) {
                    throw new PipelineRunException(PipelineRunException.Kind.CONFLICT,
                            "The run kept changing; please try again");
                }
            }
        }
    }

    /** Gives up on a stopped or failed run for good: it will not be restarted. */
    public void abandon(long executionId) {
        JobExecution execution = execution(executionId);
        BatchStatus status = execution.getStatus();
        if (status == BatchStatus.COMPLETED || status == BatchStatus.ABANDONED) {
            throw new PipelineRunException(PipelineRunException.Kind.CONFLICT,
                    "Only a FAILED or STOPPED run can be abandoned; this one is " + status);
        }
        try {
            operator().abandon(execution);
        } catch (JobExecutionAlreadyRunningException e) {
            throw new PipelineRunException(PipelineRunException.Kind.CONFLICT,
                    "A running run cannot be abandoned; stop it first");
        }
    }

    /**
     * Marks runs left STARTED by a process that died (kill -9, power cut) as FAILED, so they can be
     * restarted; returns their ids. Only call it when no other process may be running them.
     */
    public List<Long> recoverInterrupted() {
        List<Long> recovered = new ArrayList<>();
        for (String name : jobs().keySet()) {
            Set<JobExecution> running = repository.findRunningJobExecutions(name);
            for (JobExecution execution : running) {
                if (queue.isQueued(execution.getId())) {
                    continue; // waiting for its turn, not interrupted
                }
                BatchStatus left = execution.getStatus();
                operator().recover(execution);
                recovered.add(execution.getId());
                log.warn("recovered run {} of {} left {} by a process that stopped", execution.getId(), name, left);
            }
        }
        return recovered;
    }

    /**
     * Recovers the runs (admitted or started directly) whose process stopped its heartbeat more than {@code ownerTimeout}
     * ago, and restarts each through the queue; returns the new executions' ids. Safe while other
     * processes run: a live process keeps its heartbeat fresh.
     */
    public List<Long> recoverOrphaned(Duration ownerTimeout) {
        List<Long> restarted = new ArrayList<>();
        for (long id : queue.orphaned(ownerTimeout)) {
            try {
                operator().recover(execution(id));
                restarted.add(restart(id));
                log.warn("run {} lost its process (no heartbeat for {}); restarted as run {}", id, ownerTimeout,
                        restarted.get(restarted.size() - 1));
            } catch (RuntimeException e) {
                log.warn("could not take over run {} from its silent process: {}", id, e.toString());
            }
        }
        return restarted;
    }

    /** The process that runs each of these runs (took it from the queue, or started it directly). */
    public Map<Long, String> owners(List<Long> executionIds) {
        return queue.owners(executionIds);
    }

    public JobExecution execution(long executionId) {
        JobExecution execution;
        try {
            execution = repository.getJobExecution(executionId);
        } catch (EmptyResultDataAccessException unknown) {
            execution = null;
        }
        if (execution == null) {
            throw new PipelineRunException(PipelineRunException.Kind.NOT_FOUND, "No run with id " + executionId);
        }
        return execution;
    }

    /** Running executions of a job whose parameter {@code name} has this value. */
    public List<JobExecution> running(String jobName, String name, String value) {
        return repository.findRunningJobExecutions(jobName).stream()
                .filter(e -> value.equals(e.getJobParameters().getString(name))).toList();
    }

    /** The operator, set up with the jobs on first use. */
    private AdmittingJobOperator operator() {
        jobs();
        return operator;
    }

    private Job job(String name) {
        Job job = jobs().get(name);
        if (job == null) {
            throw new PipelineRunException(PipelineRunException.Kind.NOT_FOUND, "No job named " + name);
        }
        return job;
    }
}
