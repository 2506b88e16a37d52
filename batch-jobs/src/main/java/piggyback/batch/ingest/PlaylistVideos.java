package piggyback.batch.ingest;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import piggyback.batch.playlists.PlaylistSchedules;
import piggyback.batch.runs.PipelineRunException;
import piggyback.batch.runs.PipelineRuns;

/**
 * A playlist run as one thing to watch: the video runs it started (each as its latest execution, so a
 * restarted one shows how it ended the second time), how many are queued, running, done or failed, the
 * pace so far and when the rest should be done; and "retry failed videos", which restarts only those.
 */
@Service
public class PlaylistVideos {

    /** A video the playlist run started, as its latest execution stands. */
    public record Video(String videoId, long executionId, String status, String exitCode, LocalDateTime startTime,
                        LocalDateTime endTime, Integer queuePosition) {

        boolean failed() {
            return "FAILED".equals(status) || "STOPPED".equals(status);
        }

        boolean ended() {
            return endTime != null && !"QUEUED".equals(status);
        }
    }

    /**
     * @param videosPerHour    videos ended per hour since the playlist run began (null before the first)
     * @param estimatedFinish  when the videos still to run should be done at that pace (null when unknown or done)
     */
    public record Summary(int total, int queued, int running, int completed, int withFailedSegments, int failed,
                          double progress, Double videosPerHour, LocalDateTime estimatedFinish) {
    }

    public record Playlist(List<Video> videos, Summary summary) {
    }

    private final PipelineRuns runs;
    private final JdbcClient jdbc;

    PlaylistVideos(PipelineRuns runs, JdbcClient jdbc) {
        this.runs = runs;
        this.jdbc = jdbc;
    }

    /** The playlist run's videos; empty for a run of another job. */
    public Optional<Playlist> of(long executionId) {
        JobExecution execution = runs.execution(executionId);
        if (!PlaylistSchedules.INGEST_PLAYLIST.equals(execution.getJobInstance().getJobName())) {
            return Optional.empty();
        }
        List<Video> videos = new ArrayList<>();
        Map<Long, String> started = started(execution);
        Map<Long, Long> latest = latestExecutions(List.copyOf(started.keySet()));
        Map<Long, Integer> positions = runs.queuePositions(List.copyOf(latest.values()));
        started.forEach((first, videoId) -> {
            long id = latest.getOrDefault(first, first);
            JobExecution run = runs.execution(id);
            Integer position = positions.get(id);
            videos.add(new Video(videoId, id, position != null ? "QUEUED" : run.getStatus().name(),
                    run.getExitStatus().getExitCode(), run.getStartTime(), run.getEndTime(), position));
        });
        return Optional.of(new Playlist(videos, summary(videos, execution.getStartTime())));
    }

    /** Restarts the playlist's videos whose latest run failed or was stopped; returns the new runs' ids. */
    public List<Long> retryFailed(long executionId) {
        Playlist playlist = of(executionId).orElseThrow(() -> new PipelineRunException(
                PipelineRunException.Kind.CONFLICT, "Run " + executionId + " is not a playlist run"));
        List<Long> restarted = new ArrayList<>();
        for (Video video : playlist.videos()) {
            if (video.failed() && video.ended()) {
                restarted.add(runs.restart(video.executionId()));
            }
        }
        return restarted;
    }

    static Summary summary(List<Video> videos, LocalDateTime began) {
        int queued = 0;
        int running = 0;
        int completed = 0;
        int withFailedSegments = 0;
        int failed = 0;
        for (Video video : videos) {
            if ("QUEUED".equals(video.status())) {
                queued++;
            } else if (!video.ended()) {
                running++;
            } else if (video.failed() || !"COMPLETED".equals(video.status())) {
                failed++;
            } else {
                completed++;
                if (FailedSegmentsExit.EXIT_CODE.equals(video.exitCode())) {
                    withFailedSegments++;
                }
            }
        }
        int ended = completed + failed;
        int total = videos.size();
        double progress = total == 0 ? 1.0 : (double) ended / total;
        Double perHour = null;
        LocalDateTime finish = null;
        if (began != null && ended > 0) {
            double hours = Duration.between(began, LocalDateTime.now()).toMillis() / 3_600_000.0;
            perHour = hours <= 0 ? null : ended / hours;
            int left = queued + running;
            if (perHour != null && left > 0) {
                finish = LocalDateTime.now().plusSeconds(Math.round(left / perHour * 3600));
            }
        }
        return new Summary(total, queued, running, completed, withFailedSegments, failed, progress, perHour, finish);
    }

    /** The runs the playlist run started, by execution id, as its expandPlaylist step recorded them. */
    private static Map<Long, String> started(JobExecution playlistRun) {
        Map<Long, String> started = new LinkedHashMap<>();
        for (StepExecution step : playlistRun.getStepExecutions()) {
            String recorded = step.getExecutionContext().getString(IngestPlaylistJobConfiguration.STARTED, "");
            for (String entry : recorded.split(",")) {
                int equals = entry.lastIndexOf('=');
                if (equals > 0) {
                    started.put(Long.parseLong(entry.substring(equals + 1)), entry.substring(0, equals));
                }
            }
        }
        return started;
    }

    /** For each run, the latest execution of its job instance (itself, or a restart). */
    private Map<Long, Long> latestExecutions(List<Long> executionIds) {
        Map<Long, Long> latest = new HashMap<>();
        if (!executionIds.isEmpty()) {
            jdbc.sql("""
                    SELECT e.JOB_EXECUTION_ID, (SELECT MAX(x.JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION x
                                                WHERE x.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID)
                    FROM BATCH_JOB_EXECUTION e WHERE e.JOB_EXECUTION_ID IN (:ids)""")
                    .param("ids", executionIds)
                    .query(rs -> {
                        latest.put(rs.getLong(1), rs.getLong(2));
                    });
        }
        return latest;
    }
}
