package piggyback.batch.playlists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

import piggyback.batch.BatchTest;
import piggyback.batch.runs.PipelineRunException;
import piggyback.storage.playlists.Playlist;

/** Playlist schedules on clustered Quartz: fired by cron, paused, resumed, deleted, fired now. */
@TestPropertySource(properties = "piggyback.pipeline.recover-on-startup=false")
class PlaylistSchedulesTest extends BatchTest {

    static final List<Long> FIRED = new CopyOnWriteArrayList<>();

    /** Stands in for the real ingestPlaylist job: records which playlist it was started for. */
    @TestConfiguration
    static class IngestPlaylist {
        @Bean
        Job ingestPlaylist(JobRepository repository, PlatformTransactionManager transactions) {
            return new JobBuilder(PlaylistSchedules.INGEST_PLAYLIST, repository)
                    .start(new StepBuilder("record", repository).tasklet((contribution, context) -> {
                        FIRED.add((Long) context.getStepContext().getJobParameters().get("playlist_id"));
                        return RepeatStatus.FINISHED;
                    }, transactions).build())
                    .build();
        }
    }

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

    private static void awaitFired(long playlistId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!FIRED.contains(playlistId)) {
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
