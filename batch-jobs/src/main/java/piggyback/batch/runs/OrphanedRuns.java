package piggyback.batch.runs;

import java.time.Duration;

import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Nobody has to notice a dead instance: every {@code piggyback.pipeline.owner-check} a clustered
 * Quartz trigger (it fires on one instance at a time) recovers and restarts, through the admission
 * queue, the runs whose process has been silent for {@code piggyback.pipeline.owner-timeout}.
 */
@Service
class OrphanedRuns {

    private static final JobKey QUARTZ_JOB = JobKey.jobKey("recover-orphaned-runs", "pipeline");
    private static final TriggerKey QUARTZ_TRIGGER = TriggerKey.triggerKey("recover-orphaned-runs", "pipeline");

    private final PipelineRuns runs;
    private final Scheduler scheduler;
    private final Duration ownerTimeout;
    private final Duration check;

    OrphanedRuns(PipelineRuns runs, Scheduler scheduler,
                 @Value("${piggyback.pipeline.owner-timeout:60s}") Duration ownerTimeout,
                 @Value("${piggyback.pipeline.owner-check:20s}") Duration check,
                 @Value("${piggyback.pipeline.heartbeat:10s}") Duration heartbeat) {
        if (ownerTimeout.compareTo(heartbeat.multipliedBy(3)) < 0) {
            // a live process that missed one beat (a pause, a slow database) must not lose its runs
            throw new IllegalStateException("piggyback.pipeline.owner-timeout (" + ownerTimeout
                    + ") must be at least three piggyback.pipeline.heartbeat periods (" + heartbeat + ")");
        }
        this.runs = runs;
        this.scheduler = scheduler;
        this.ownerTimeout = ownerTimeout;
        this.check = check;
    }

    void recover() {
        runs.recoverOrphaned(ownerTimeout);
    }

    /** Keeps the repeating trigger as configured: made when missing, rescheduled when the period changed. */
    @EventListener(ApplicationReadyEvent.class)
    void schedule() throws SchedulerException {
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity(QUARTZ_TRIGGER).forJob(QUARTZ_JOB)
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(check.toMillis())
                        .repeatForever().withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
        if (!scheduler.checkExists(QUARTZ_JOB)) {
            scheduler.addJob(JobBuilder.newJob(OrphanCheckFiring.class).withIdentity(QUARTZ_JOB).storeDurably().build(), false);
        }
        if (!(scheduler.getTrigger(QUARTZ_TRIGGER) instanceof SimpleTrigger existing)) {
            scheduler.scheduleJob(trigger);
        } else if (existing.getRepeatInterval() != check.toMillis()) {
            scheduler.rescheduleJob(QUARTZ_TRIGGER, trigger);
        }
    }
}
