package piggyback.api.admin.jobs;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

import piggyback.api.web.Json;
import piggyback.batch.runs.PipelineRuns;
import piggyback.storage.UtcTime;

/** A run as the API shows it: status (QUEUED with its position while it waits), parameters and a summary of every step. */
public final class RunView {

    private RunView() {
    }

    /** The run, with its place in the admission queue while it waits there. */
    public static Map<String, Object> of(JobExecution execution, Optional<Integer> queuePosition) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        execution.getJobParameters().parameters().forEach(p -> parameters.put(p.name(), p.value()));
        List<Map<String, Object>> steps = execution.getStepExecutions().stream()
                .sorted(java.util.Comparator.comparing(StepExecution::getId))
                .map(RunView::step).toList();
        return Json.obj("execution_id", execution.getId(), "job", execution.getJobInstance().getJobName(),
                "status", status(execution, queuePosition), "queue_position", queuePosition.orElse(null), "exit_code", execution.getExitStatus().getExitCode(),
                "exit_message", execution.getExitStatus().getExitDescription(),
                "start_time", time(execution.getStartTime()), "end_time", time(execution.getEndTime()),
                "duration_seconds", seconds(execution.getStartTime(), execution.getEndTime()),
                "parameters", parameters, "steps", steps);
    }

    private static String status(JobExecution execution, Optional<Integer> queuePosition) {
        if (queuePosition.isPresent()) {
            return "QUEUED";
        }
        return PipelineRuns.stillStopping(execution) ? "STOPPING" : execution.getStatus().name();
    }

    private static Map<String, Object> step(StepExecution step) {
        return Json.obj("name", step.getStepName(), "status", step.getStatus().name(),
                "read_count", step.getReadCount(), "write_count", step.getWriteCount(),
                "commit_count", step.getCommitCount(), "skip_count", step.getSkipCount(),
                "start_time", time(step.getStartTime()), "end_time", time(step.getEndTime()),
                "duration_seconds", seconds(step.getStartTime(), step.getEndTime()),
                "exit_message", step.getExitStatus().getExitDescription());
    }

    /** Seconds from start to end, or to now while running; null before the start. */
    public static Double seconds(LocalDateTime start, LocalDateTime end) {
        if (start == null) {
            return null;
        }
        return java.time.Duration.between(start, end == null ? LocalDateTime.now() : end).toMillis() / 1000.0;
    }

    public static String time(LocalDateTime local) {
        // Batch writes the JVM's local time; the server runs in UTC in every deployment we ship
        return local == null ? null : UtcTime.iso(local.atZone(java.time.ZoneId.systemDefault())
                .withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime().withNano(0));
    }
}
