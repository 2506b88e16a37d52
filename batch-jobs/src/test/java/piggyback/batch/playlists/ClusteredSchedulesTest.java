package piggyback.batch.playlists;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import piggyback.batch.BatchTest;
import piggyback.batch.InstanceProcess;
import piggyback.batch.PipelineJvm;
import piggyback.storage.playlists.Playlist;

/**
 * Two application instances (this JVM and another) on one database, each with a running Quartz
 * scheduler on the clustered JDBC store: a cron firing every second starts exactly one
 * ingestPlaylist run per fire time, whichever instance fires it.
 */
@TestPropertySource(properties = "piggyback.pipeline.recover-on-startup=false")
@Tag(BatchTest.OWN_JVM)
class ClusteredSchedulesTest extends BatchTest {

    private static final int FIRINGS = 5;
    private static PipelineJvm secondInstance;

    @Autowired
    PlaylistSchedules schedules;
    @Autowired
    Scheduler scheduler;

    @AfterAll
    static void stopSecondInstance() throws InterruptedException {
        if (secondInstance != null) {
            secondInstance.kill();
        }
    }

    @Test
    void eachFireTimeOfAScheduleStartsOneRunAcrossTwoInstances() throws Exception {
        secondInstance = PipelineJvm.start(InstanceProcess.class,
                Map.of("piggyback.pipeline.recover-on-startup", "false"));
        secondInstance.awaitReady();
        assertThat(scheduler.isStarted()).isTrue();
        assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
        String secondNode = awaitSecondNode();

        Playlist playlist = schedules.create("http://127.0.0.1:9/playlist", "* * * * * ?", 60, "admin");
        awaitFirings(playlist.playlistId(), FIRINGS);
        schedules.delete(playlist.playlistId());

        // one statement: a firing under way when the schedule was deleted may still add its run
        List<Firing> firings = firings(playlist.playlistId());
        assertThat(firings).hasSizeGreaterThanOrEqualTo(FIRINGS);
        assertThat(firings).extracting(Firing::scheduledFireTime).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(firings).extracting(Firing::fired).doesNotContainNull();
        List<String> nodes = jdbc.sql("SELECT INSTANCE_NAME FROM QRTZ_SCHEDULER_STATE").query(String.class).list();
        assertThat(nodes).contains(scheduler.getSchedulerInstanceId(), secondNode);
        assertThat(firings).extracting(Firing::firedBy).allSatisfy(node -> assertThat(nodes).contains(node));
    }

    private record Firing(String scheduledFireTime, String fired, String firedBy) {
    }

    /** The fire time, firing instant and firing node of every ingestPlaylist run of the playlist. */
    private List<Firing> firings(long playlistId) {
        return jdbc.sql("""
                SELECT MAX(CASE WHEN p.PARAMETER_NAME = ? THEN p.PARAMETER_VALUE END),
                       MAX(CASE WHEN p.PARAMETER_NAME = 'fired' THEN p.PARAMETER_VALUE END),
                       MAX(CASE WHEN p.PARAMETER_NAME = ? THEN p.PARAMETER_VALUE END)
                FROM BATCH_JOB_EXECUTION_PARAMS p
                JOIN BATCH_JOB_EXECUTION_PARAMS playlist ON playlist.JOB_EXECUTION_ID = p.JOB_EXECUTION_ID
                  AND playlist.PARAMETER_NAME = 'playlist_id' AND playlist.PARAMETER_VALUE = ?
                GROUP BY p.JOB_EXECUTION_ID""")
                .params(PlaylistSchedules.SCHEDULED_FIRE_TIME, PlaylistSchedules.FIRED_BY, Long.toString(playlistId))
                .query((rs, n) -> new Firing(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    /** The other instance's Quartz node, once it has checked in to the cluster. */
    private String awaitSecondNode() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            List<String> others = jdbc.sql("SELECT INSTANCE_NAME FROM QRTZ_SCHEDULER_STATE WHERE INSTANCE_NAME <> ?")
                    .param(scheduler.getSchedulerInstanceId()).query(String.class).list();
            if (!others.isEmpty()) {
                return others.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the second instance's scheduler never joined the cluster");
    }

    /** A parameter of every ingestPlaylist run of the playlist. */
    private List<String> runParameter(long playlistId, String name) {
        return jdbc.sql("""
                SELECT p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS p
                JOIN BATCH_JOB_EXECUTION_PARAMS playlist ON playlist.JOB_EXECUTION_ID = p.JOB_EXECUTION_ID
                  AND playlist.PARAMETER_NAME = 'playlist_id' AND playlist.PARAMETER_VALUE = ?
                WHERE p.PARAMETER_NAME = ?""").params(Long.toString(playlistId), name).query(String.class).list();
    }

    private void awaitFirings(long playlistId, int firings) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (runParameter(playlistId, PlaylistSchedules.SCHEDULED_FIRE_TIME).size() < firings) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(firings + " firings did not happen within 60 s");
            }
            Thread.sleep(100);
        }
    }
}
