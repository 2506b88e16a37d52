package piggyback.batch.playlists;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What Quartz runs when a playlist's cron fires: one ingestPlaylist run. Quartz is clustered on
 * its JDBC store, so with several instances each firing happens on exactly one of them.
 */
@DisallowConcurrentExecution
public class PlaylistFiring implements Job {

    static final String PLAYLIST_ID = "playlistId";

    // Quartz makes the instance; Spring's job factory fills this in
    @Autowired
    private PlaylistSchedules schedules;

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            schedules.fireScheduled(context.getMergedJobDataMap().getLong(PLAYLIST_ID),
                    context.getScheduledFireTime().toInstant(), context.getScheduler().getSchedulerInstanceId());
        } catch (SchedulerException e) {
            throw new JobExecutionException(e);
        }
    }
}
