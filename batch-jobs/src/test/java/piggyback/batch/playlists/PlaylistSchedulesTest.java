package piggyback.batch.playlists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import piggyback.batch.BatchTest;
import piggyback.batch.runs.PipelineRunException;
import piggyback.storage.playlists.Playlist;

/** Playlist schedules on clustered Quartz: fired by cron, paused, resumed, deleted, fired now. */
@TestPropertySource(properties = "piggyback.pipeline.recover-on-startup=false")
class PlaylistSchedulesTest extends BatchTest {

    @Autowired
    PlaylistSchedules schedules;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCronScheduleFiresIngestRunsAndShowsItsNextFireTime() {
        Playlist playlist = schedules.create("https://www.youtube.com/playlist?list=PL1", "* * * * * ?", 60, "admin");

        PlaylistSchedule schedule = schedules.find(playlist.playlistId());
        assertThat(schedule.state()).isEqualTo("NORMAL");
        assertThat(schedule.nextFireTime()).isAfter(Instant.now().minusSeconds(1));
        awaitFired(playlist.playlistId());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM QRTZ_CRON_TRIGGERS WHERE TRIGGER_NAME = ?")
                .param("playlist-" + playlist.playlistId()).query(Integer.class).single()).isEqualTo(1);

        schedules.delete(playlist.playlistId());
    }

    @Test
    void aScheduleIsPausedResumedAndDeleted() {
        Playlist playlist = schedules.create("https://www.youtube.com/playlist?list=PL2", "0 0 6 * * ?", 30, "admin");

        schedules.pause(playlist.playlistId());
        assertThat(schedules.find(playlist.playlistId()).state()).isEqualTo("PAUSED");
        schedules.resume(playlist.playlistId());
        assertThat(schedules.find(playlist.playlistId()).state()).isEqualTo("NORMAL");
        schedules.delete(playlist.playlistId());

        assertThat(schedules.all()).extracting(s -> s.playlist().playlistId()).doesNotContain(playlist.playlistId());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM QRTZ_TRIGGERS WHERE TRIGGER_NAME = ?")
                .param("playlist-" + playlist.playlistId()).query(Integer.class).single()).isZero();
    }

    @Test
    void aPlaylistWithoutCronIsIngestedOnDemandOnly() {
        Playlist playlist = schedules.create("https://www.youtube.com/playlist?list=PL3", null, 60, "admin");

        assertThat(schedules.find(playlist.playlistId()).state()).isEqualTo("NONE");
        assertThatThrownBy(() -> schedules.pause(playlist.playlistId())).isInstanceOf(PipelineRunException.class)
                .hasMessageContaining("has no schedule");
        schedules.fire(playlist.playlistId());
        awaitFired(playlist.playlistId());
    }

    @Test
    void badCronAndUnknownPlaylistsAreRefused() {
        assertThatThrownBy(() -> schedules.create("https://www.youtube.com/playlist?list=PL4", "every day", 60, "a"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cron");
        assertThatThrownBy(() -> schedules.fire(987654L)).isInstanceOf(PipelineRunException.class)
                .hasMessageContaining("No playlist with id 987654");
    }

    /** Waits for an ingestPlaylist run started for this playlist (it fails later: no network here). */
    private void awaitFired(long playlistId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (jdbc.sql("""
                SELECT COUNT(*) FROM BATCH_JOB_EXECUTION_PARAMS p
                JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = p.JOB_EXECUTION_ID
                JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
                WHERE i.JOB_NAME = 'ingestPlaylist' AND p.PARAMETER_NAME = 'playlist_id' AND p.PARAMETER_VALUE = ?""")
                .param(Long.toString(playlistId)).query(Integer.class).single() == 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("playlist " + playlistId + " was not ingested within 20 s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
