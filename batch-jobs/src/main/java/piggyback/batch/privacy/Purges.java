package piggyback.batch.privacy;

import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import piggyback.batch.runs.PipelineRuns;
import piggyback.storage.UtcTime;

/**
 * Starts {@code purgeExpiredData}: daily, from a Quartz cron trigger (clustered, so one instance
 * fires it), or when an admin asks. The cutoff is fixed when the run starts and is one of its
 * identifying parameters, so a restart deletes up to the same date.
 */
@Service
public class Purges {

    public static final String JOB = "purgeExpiredData";
    static final String CUTOFF = "cutoff";
    static final String REQUESTED_BY = "requested_by";
    private static final JobKey QUARTZ_JOB = JobKey.jobKey("purge-expired-data", "privacy");
    private static final TriggerKey QUARTZ_TRIGGER = TriggerKey.triggerKey("purge-expired-data", "privacy");

    private final PipelineRuns runs;
    private final Scheduler scheduler;
    private final PrivacyProperties privacy;

    Purges(PipelineRuns runs, Scheduler scheduler, PrivacyProperties privacy) {
        this.runs = runs;
        this.scheduler = scheduler;
        this.privacy = privacy;
    }

    /** Starts a purge now; returns its execution id. */
    public long start(String requestedBy) {
        return runs.start(JOB, new JobParametersBuilder()
                .addString(CUTOFF, UtcTime.now().minus(privacy.retention()).toString())
                // two purges asked for within a second are two runs
                .addLong("requested_at", System.currentTimeMillis())
                .addString(REQUESTED_BY, requestedBy, false)
                .toJobParameters());
    }

    /** Keeps the daily trigger as configured: made when missing, rescheduled when the cron changed. */
    @EventListener(ApplicationReadyEvent.class)
    void schedule() throws SchedulerException {
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity(QUARTZ_TRIGGER).forJob(QUARTZ_JOB)
                .withSchedule(CronScheduleBuilder.cronSchedule(privacy.purgeCron()).inTimeZone(TimeZone.getTimeZone("UTC"))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
        if (!scheduler.checkExists(QUARTZ_JOB)) {
            scheduler.addJob(JobBuilder.newJob(PurgeFiring.class).withIdentity(QUARTZ_JOB).storeDurably().build(), false);
        }
        if (!(scheduler.getTrigger(QUARTZ_TRIGGER) instanceof CronTrigger existing)) {
            scheduler.scheduleJob(trigger);
        } else if (!existing.getCronExpression().equals(privacy.purgeCron())) {
            scheduler.rescheduleJob(QUARTZ_TRIGGER, trigger);
        }
    }
}
