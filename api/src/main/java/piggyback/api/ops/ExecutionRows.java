package piggyback.api.ops;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import piggyback.api.admin.jobs.RunView;
import piggyback.api.web.Json;
import piggyback.batch.ingest.Ingests;
import piggyback.batch.questions.Segments;
import piggyback.batch.runs.PipelineRuns;
import piggyback.batch.runs.RunHistory;
import piggyback.batch.runs.RunWork;
import piggyback.storage.videos.VideoProgress;

/** A run as a row of the dashboard's list: what, which video or playlist, status, times and progress. */
@Component
class ExecutionRows {

    private final VideoProgress progress;
    private final RunWork runWork;
    private final PipelineRuns pipeline;

    ExecutionRows(VideoProgress progress, RunWork runWork, PipelineRuns pipeline) {
        this.progress = progress;
        this.runWork = runWork;
        this.pipeline = pipeline;
    }

    List<Map<String, Object>> of(List<RunHistory.Run> runs) {
        Map<String, VideoProgress.Work> work = progress.of(runs.stream().map(RunHistory.Run::videoId)
                .filter(Objects::nonNull).distinct().toList());
        Map<Long, Integer> positions = pipeline.queuePositions(runs.stream()
                .filter(run -> "QUEUED".equals(run.status())).map(RunHistory.Run::executionId).toList());
        List<Long> ids = runs.stream().map(RunHistory.Run::executionId).toList();
        Map<Long, String> owners = pipeline.owners(ids);
        Map<Long, RunWork.Done> done = runWork.of(runs.stream().filter(run -> run.videoId() != null)
                .map(RunHistory.Run::executionId).toList());
        return runs.stream().map(run -> row(run, run.videoId() == null ? null : work.get(run.videoId()),
                done.get(run.executionId()), positions.get(run.executionId()), owners.get(run.executionId()))).toList();
    }

    private static Map<String, Object> row(RunHistory.Run run, VideoProgress.Work work, RunWork.Done done,
                                           Integer queuePosition, String owner) {
        Map<String, String> parameters = run.parameters();
        return Json.obj("execution_id", run.executionId(), "job", run.jobName(), "status", run.status(),
                "queue_position", queuePosition,
                "owner", owner, "exit_code", run.exitCode(), "video_id", run.videoId(), "playlist_url", parameters.get("playlist_url"),
                "start_time", RunView.time(run.startTime()), "end_time", RunView.time(run.endTime()),
                "duration_seconds", RunView.seconds(run.startTime(), run.endTime()),
                "progress", work == null || done == null ? null : progress(work.durationSeconds(), done, parameters));
    }

    /**
     * The run's own work (over its restarts, not every row the video has from earlier ingests): frames
     * written of one per whole second of video, segments finished of those the run's interval makes (the
     * questions step's own split). Totals are unknown (null) until the download knows the length.
     */
    static Map<String, Object> progress(Double durationSeconds, RunWork.Done done, Map<String, String> parameters) {
        Integer framesTotal = null;
        Integer segmentsTotal = null;
        if (durationSeconds != null) {
            int seconds = (int) Math.floor(durationSeconds);
            framesTotal = Math.max(done.frames(), seconds);
            int segments = Segments.build(seconds, number(parameters.get(Ingests.INTERVAL_SECONDS), 60),
                    number(parameters.get(Ingests.START_SECONDS), 0)).size();
            segmentsTotal = Math.max(done.segmentsDone(), segments);
        }
        return Json.obj("frames_done", done.frames(), "frames_total", framesTotal,
                "segments_done", done.segmentsDone(), "segments_failed", done.segmentsFailed(),
                "segments_total", segmentsTotal);
    }

    private static int number(String value, int fallback) {
        try {
            int parsed = value == null ? fallback : Integer.parseInt(value.trim());
            return parsed > 0 || fallback == 0 ? parsed : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
