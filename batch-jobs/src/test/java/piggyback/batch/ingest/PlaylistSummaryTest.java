package piggyback.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** How far a playlist run has come, its pace and when the rest should be done. */
class PlaylistSummaryTest {

    private final LocalDateTime now = LocalDateTime.now();

    @Test
    void countsEachVideoOnceAndPredictsTheFinishAtThePaceSoFar() {
        LocalDateTime began = now.minusHours(1);
        List<PlaylistVideos.Video> videos = List.of(
                video("a", "COMPLETED", "COMPLETED", true),
                video("b", "COMPLETED", FailedSegmentsExit.EXIT_CODE, true),
                video("c", "FAILED", "FAILED", true),
                video("d", "STARTED", "UNKNOWN", false),
                new PlaylistVideos.Video("e", 5, "QUEUED", "UNKNOWN", null, null, 1),
                new PlaylistVideos.Video("f", 6, "QUEUED", "UNKNOWN", null, null, 2));

        PlaylistVideos.Summary summary = PlaylistVideos.summary(videos, began);

        assertThat(summary.total()).isEqualTo(6);
        assertThat(summary.completed()).isEqualTo(2);
        assertThat(summary.withFailedSegments()).isEqualTo(1);
        assertThat(summary.failed()).isEqualTo(1);
        assertThat(summary.running()).isEqualTo(1);
        assertThat(summary.queued()).isEqualTo(2);
        assertThat(summary.progress()).isEqualTo(0.5);
        // three ended in the hour: three to go take about another hour
        assertThat(summary.videosPerHour()).isCloseTo(3.0, within(0.01));
        assertThat(Duration.between(now, summary.estimatedFinish()).toMinutes()).isBetween(59L, 61L);
    }

    @Test
    void beforeAnyVideoEndsThereIsNoPaceAndAnEmptyPlaylistIsDone() {
        PlaylistVideos.Summary waiting = PlaylistVideos.summary(
                List.of(video("a", "STARTED", "UNKNOWN", false)), now.minusMinutes(5));
        assertThat(waiting.videosPerHour()).isNull();
        assertThat(waiting.estimatedFinish()).isNull();
        assertThat(waiting.progress()).isZero();

        assertThat(PlaylistVideos.summary(List.of(), now).progress()).isEqualTo(1.0);
    }

    private PlaylistVideos.Video video(String id, String status, String exitCode, boolean ended) {
        return new PlaylistVideos.Video(id, id.charAt(0), status, exitCode, now.minusMinutes(30),
                ended ? now.minusMinutes(10) : null, null);
    }
}
