package piggyback.api.ops;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;

import piggyback.api.admin.jobs.RunView;
import piggyback.api.web.Json;
import piggyback.batch.IngestParameters;
import piggyback.batch.ingest.PlaylistVideos;
import piggyback.batch.runs.FailureCauses;
import piggyback.batch.runs.PipelineRuns;
import piggyback.batch.runs.RunWork;
import piggyback.storage.segments.GeneratedSegment;
import piggyback.storage.segments.GeneratedSegments;
import piggyback.storage.videos.VideoProgress;

/**
 * Everything the dashboard shows about one run: the admin API's view (parameters, steps with
 * counts), plus progress, each step's error with its stack trace, root cause and execution context, and
 * for a video the outcome of every segment of the questions step (what failed and why).
 */
@Component
class ExecutionDetail {

    /** Execution context values can be large (serialized objects): the dashboard shows their start. */
    private static final int CONTEXT_VALUE_LENGTH = 500;
    private static final String PARTITION_PREFIX = "questionsWorker:segment-";

    private final PipelineRuns runs;
    private final GeneratedSegments segments;
    private final VideoProgress progress;
    private final RunWork runWork;
    private final PlaylistVideos playlists;

    ExecutionDetail(PipelineRuns runs, GeneratedSegments segments, VideoProgress progress, RunWork runWork,
                    PlaylistVideos playlists) {
        this.playlists = playlists;
        this.runs = runs;
        this.segments = segments;
        this.progress = progress;
        this.runWork = runWork;
    }

    /** @throws piggyback.batch.runs.PipelineRunException NOT_FOUND for an unknown run */
    Map<String, Object> of(long executionId) {
        JobExecution execution = runs.execution(executionId);
        Map<String, Object> view = RunView.of(execution, runs.queuePosition(executionId));
        view.put("owner", runs.owners(List.of(executionId)).get(executionId));
        Map<String, StepExecution> byName = new LinkedHashMap<>();
        execution.getStepExecutions().stream().sorted(Comparator.comparing(StepExecution::getId))
                .forEach(step -> byName.put(step.getStepName(), step));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> steps = (List<Map<String, Object>>) view.get("steps");
        for (Map<String, Object> step : steps) {
            StepExecution source = byName.get((String) step.get("name"));
            step.put("id", source.getId());
            step.put("filter_count", source.getFilterCount());
            step.put("rollback_count", source.getRollbackCount());
            step.putAll(failure(source.getExitStatus().getExitDescription()));
            step.put("root_cause", source.getExecutionContext().getString(FailureCauses.ROOT_CAUSE, null));
            step.put("execution_context", context(source.getExecutionContext()));
        }
        view.putAll(failure(execution.getExitStatus().getExitDescription()));
        // the run failed because a step did: its cause is the run's
        view.put("root_cause", steps.stream().map(step -> (String) step.get("root_cause")).filter(Objects::nonNull)
                .findFirst().orElse(null));
        view.put("execution_context", context(execution.getExecutionContext()));
        String videoId = execution.getJobParameters().getString(IngestParameters.VIDEO_ID);
        view.put("video_id", videoId);
        view.put("playlist_url", execution.getJobParameters().getString("playlist_url"));
        playlists.of(executionId).ifPresent(playlist -> view.put("playlist", playlist(playlist)));
        if (videoId != null) {
            Map<String, String> parameters = new LinkedHashMap<>();
            execution.getJobParameters().parameters().forEach(p -> parameters.put(p.name(), String.valueOf(p.value())));
            VideoProgress.Work work = progress.of(List.of(videoId)).get(videoId);
            RunWork.Done done = runWork.of(List.of(executionId)).get(executionId);
            view.put("progress", work == null || done == null ? null
                    : ExecutionRows.progress(work.durationSeconds(), done, parameters));
            view.put("segments", segments.of(videoId).stream().map(segment -> segment(segment, byName)).toList());
        }
        return view;
    }

    private static Map<String, Object> segment(GeneratedSegment segment, Map<String, StepExecution> steps) {
        StepExecution partition = steps.get(PARTITION_PREFIX + segment.start());
        return Json.obj("start", segment.start(), "end", segment.end(), "status", segment.status(),
                "generator", segment.generator(), "attempts", segment.attempts(),
                "best_question", segment.bestQuestion(), "question_count", segment.questions().size(),
                "error_reason", segment.errorReason(), "error_detail", segment.errorDetail(),
                "partition_status", partition == null ? null : partition.getStatus().name());
    }

    /**
     * Batch keeps a failure as the exit description: the exception's stack trace. The error is its
     * first line; the trace is shown whole.
     */
    private static Map<String, Object> failure(String description) {
        if (description == null || !description.contains("\n\tat ")) {
            return Json.obj("error", null, "stack_trace", null);
        }
        return Json.obj("error", description.substring(0, description.indexOf('\n')).strip(), "stack_trace", description);
    }

    private static Map<String, Object> context(ExecutionContext context) {
        Map<String, Object> entries = new TreeMap<>();
        for (Map.Entry<String, Object> entry : context.entrySet()) {
            Object value = entry.getValue();
            if (value instanceof Number || value instanceof Boolean || value == null) {
                entries.put(entry.getKey(), value);
            } else {
                String text = String.valueOf(value);
                entries.put(entry.getKey(), text.length() <= CONTEXT_VALUE_LENGTH ? text
                        : text.substring(0, CONTEXT_VALUE_LENGTH) + "…");
            }
        }
        return entries;
    }

    /** A playlist run's videos and how far they have come. */
    private static Map<String, Object> playlist(PlaylistVideos.Playlist playlist) {
        PlaylistVideos.Summary sum = playlist.summary();
        return Json.obj("videos", playlist.videos().stream().map(video -> Json.obj("video_id", video.videoId(),
                        "execution_id", video.executionId(), "status", video.status(), "exit_code", video.exitCode(),
                        "queue_position", video.queuePosition(), "start_time", RunView.time(video.startTime()),
                        "end_time", RunView.time(video.endTime()))).toList(),
                "total", sum.total(), "queued", sum.queued(), "running", sum.running(), "completed", sum.completed(),
                "completed_with_failed_segments", sum.withFailedSegments(), "failed", sum.failed(),
                "progress", sum.progress(), "videos_per_hour", sum.videosPerHour(),
                "estimated_finish", RunView.time(sum.estimatedFinish()));
    }
}
