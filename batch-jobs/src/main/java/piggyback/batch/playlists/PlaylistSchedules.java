package piggyback.batch.playlists;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;

import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import piggyback.batch.runs.PipelineRunException;
import piggyback.batch.runs.PipelineRuns;
import piggyback.storage.playlists.Playlist;
import piggyback.storage.playlists.Playlists;

/** Playlists to ingest, on demand or on a cron schedule kept by Quartz. */
@Service
public class PlaylistSchedules {

    public static final String INGEST_PLAYLIST = "ingestPlaylist";
    static final String SCHEDULED_FIRE_TIME = "scheduled_fire_time";
    static final String FIRED_BY = "fired_by";
    private static final String GROUP = "playlists";

    private final Playlists playlists;
    private final Scheduler scheduler;
    private final PipelineRuns runs;

    PlaylistSchedules(Playlists playlists, Scheduler scheduler, PipelineRuns runs) {
        this.playlists = playlists;
        this.scheduler = scheduler;
        this.runs = runs;
    }

    /** @throws IllegalArgumentException for a cron expression Quartz cannot read */
    @Transactional
    public Playlist create(String url, String cron, int intervalSeconds, String createdBy) {
        if (cron != null && !CronExpression.isValidExpression(cron)) {
            throw new IllegalArgumentException("cron is not a valid Quartz cron expression (e.g. \"0 0 6 * * ?\")");
        }
        Playlist playlist = playlists.insert(url, cron, intervalSeconds, createdBy);
        if (cron != null) {
            quartz(() -> scheduler.scheduleJob(
                    JobBuilder.newJob(PlaylistFiring.class).withIdentity(jobKey(playlist.playlistId()))
                            .usingJobData(PlaylistFiring.PLAYLIST_ID, playlist.playlistId()).storeDurably().build(),
                    TriggerBuilder.newTrigger().withIdentity(triggerKey(playlist.playlistId()))
                            .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone("UTC"))
                                    .withMisfireHandlingInstructionDoNothing())
                            .build()));
        }
        return playlist;
    }

    public List<PlaylistSchedule> all() {
        return playlists.all().stream().map(this::schedule).toList();
    }

    public PlaylistSchedule find(long playlistId) {
        return schedule(playlist(playlistId));
    }

    public void pause(long playlistId) {
        requireCron(playlist(playlistId));
        quartz(() -> {
            scheduler.pauseTrigger(triggerKey(playlistId));
            return null;
        });
    }

    public void resume(long playlistId) {
        requireCron(playlist(playlistId));
        quartz(() -> {
            scheduler.resumeTrigger(triggerKey(playlistId));
            return null;
        });
    }

    @Transactional
    public void delete(long playlistId) {
        playlist(playlistId);
        quartz(() -> scheduler.deleteJob(jobKey(playlistId)));
        playlists.delete(playlistId);
    }

    /** Starts an ingestPlaylist run of a stored playlist now; returns its execution id. */
    public long fire(long playlistId) {
        Playlist playlist = playlist(playlistId);
        return ingest(playlist.url(), playlist.intervalSeconds(), playlist.playlistId(), new JobParametersBuilder());
    }

    /**
     * A firing of the playlist's cron: the run records the fire time it is for and the Quartz
     * node that fired it ({@value #SCHEDULED_FIRE_TIME}, {@value #FIRED_BY}), so operators can see
     * that each fire time ran once, and on which instance.
     */
    void fireScheduled(long playlistId, Instant scheduledFireTime, String firedBy) {
        Playlist playlist = playlist(playlistId);
        ingest(playlist.url(), playlist.intervalSeconds(), playlist.playlistId(), new JobParametersBuilder()
                .addString(SCHEDULED_FIRE_TIME, scheduledFireTime.toString(), false)
                .addString(FIRED_BY, firedBy, false));
    }

    /** Ingests a playlist once, without storing it. */
    public long ingestOnce(String url, int intervalSeconds) {
        return ingest(url, intervalSeconds, null, new JobParametersBuilder());
    }

    private long ingest(String url, int intervalSeconds, Long playlistId, JobParametersBuilder parameters) {
        parameters.addString("playlist_url", url)
                .addLong("interval_seconds", (long) intervalSeconds, false)
                .addString("fired", UUID.randomUUID().toString());
        if (playlistId != null) {
            parameters.addLong("playlist_id", playlistId);
        }
        return runs.start(INGEST_PLAYLIST, parameters.toJobParameters());
    }

    private PlaylistSchedule schedule(Playlist playlist) {
        if (playlist.cron() == null) {
            return new PlaylistSchedule(playlist, "NONE", null);
        }
        try {
            Trigger trigger = scheduler.getTrigger(triggerKey(playlist.playlistId()));
            Date next = trigger == null ? null : trigger.getNextFireTime();
            String state = scheduler.getTriggerState(triggerKey(playlist.playlistId())).name();
            return new PlaylistSchedule(playlist, state, next == null ? null : Instant.ofEpochMilli(next.getTime()));
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot read the schedule of playlist " + playlist.playlistId(), e);
        }
    }

    private Playlist playlist(long playlistId) {
        return playlists.find(playlistId).orElseThrow(() ->
                new PipelineRunException(PipelineRunException.Kind.NOT_FOUND, "No playlist with id " + playlistId));
    }

    private static void requireCron(Playlist playlist) {
        if (playlist.cron() == null) {
            throw new PipelineRunException(PipelineRunException.Kind.CONFLICT,
                    "Playlist " + playlist.playlistId() + " has no schedule to pause or resume");
        }
    }

    private static JobKey jobKey(long playlistId) {
        return JobKey.jobKey("playlist-" + playlistId, GROUP);
    }

    private static TriggerKey triggerKey(long playlistId) {
        return TriggerKey.triggerKey("playlist-" + playlistId, GROUP);
    }

    private interface QuartzCall {
        Object run() throws SchedulerException;
    }

    private static void quartz(QuartzCall call) {
        try {
            call.run();
        } catch (SchedulerException e) {
            throw new IllegalStateException("the scheduler refused: " + e.getMessage(), e);
        }
    }
}
