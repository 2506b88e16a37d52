package piggyback.batch.runs;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import piggyback.batch.IngestParameters;

/**
 * Pipeline runs as the dashboard lists them, newest first, read from Spring Batch's tables (the
 * job repository has no query by status or parameter with paging).
 */
@Repository
public class RunHistory {

    /** What to list: a status (null: any; {@code QUEUED}: waiting for admission), a video (null: any), and which page. */
    public record Filter(String status, String videoId, int offset, int limit) {
    }

    /**
     * One run. Times are as Batch wrote them (the JVM's local time); {@code version} and
     * {@code stepVersions} change whenever the run or one of its steps saves progress.
     */
    public record Run(long executionId, String jobName, String status, String exitCode, LocalDateTime startTime,
                      LocalDateTime endTime, Map<String, String> parameters, long version, long stepVersions) {

        public String videoId() {
            return parameters.get(IngestParameters.VIDEO_ID);
        }
    }

    public record Page(List<Run> runs, int total) {
    }

    private static final String COLUMNS = """
            e.JOB_EXECUTION_ID, i.JOB_NAME, e.EXIT_CODE, e.START_TIME, e.END_TIME, e.VERSION,
            -- a queued run is STARTING in Batch's tables until the admission queue starts it; a run
            -- is recorded STOPPED as soon as it is asked to stop (PipelineRuns.stillStopping)
            CASE WHEN e.JOB_EXECUTION_ID IN (SELECT q.execution_id FROM pipeline_run_queue q WHERE q.state = 'QUEUED')
                 THEN 'QUEUED'
                 WHEN e.STATUS = 'STOPPED' AND EXISTS (SELECT 1 FROM BATCH_STEP_EXECUTION r
                      WHERE r.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND r.STATUS IN ('STARTING', 'STARTED', 'STOPPING'))
                 THEN 'STOPPING' ELSE e.STATUS END AS STATUS,
            (SELECT COALESCE(SUM(s.VERSION), 0) FROM BATCH_STEP_EXECUTION s
             WHERE s.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID) AS STEP_VERSIONS
            """;

    private static final String FROM = """
            FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
            WHERE (:status IS NULL
                   OR (:status = 'QUEUED' AND e.JOB_EXECUTION_ID IN (SELECT q.execution_id FROM pipeline_run_queue q
                                                                     WHERE q.state = 'QUEUED'))
                   OR (:status <> 'QUEUED' AND e.STATUS = :status AND e.JOB_EXECUTION_ID NOT IN (
                        SELECT q.execution_id FROM pipeline_run_queue q WHERE q.state = 'QUEUED')))
              AND (:video IS NULL OR EXISTS (SELECT 1 FROM BATCH_JOB_EXECUTION_PARAMS p
                   WHERE p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'video_id'
                     AND p.PARAMETER_VALUE = :video))""";

    private final JdbcClient jdbc;

    RunHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Page list(Filter filter) {
        int total = jdbc.sql("SELECT COUNT(*) " + FROM)
                .param("status", filter.status()).param("video", filter.videoId())
                .query(Integer.class).single();
        List<Run> runs = read(jdbc.sql("SELECT " + COLUMNS + FROM
                        + " ORDER BY e.JOB_EXECUTION_ID DESC LIMIT :limit OFFSET :offset")
                .param("status", filter.status()).param("video", filter.videoId())
                .param("limit", filter.limit()).param("offset", filter.offset()));
        return new Page(runs, total);
    }

    /** The runs that are going, and the latest {@code recent} others: what a live view follows. */
    public List<Run> current(int recent) {
        return read(jdbc.sql("SELECT " + COLUMNS + """
                FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
                WHERE e.STATUS IN ('STARTING', 'STARTED', 'STOPPING')
                   OR e.JOB_EXECUTION_ID >= (SELECT COALESCE(MIN(x.JOB_EXECUTION_ID), 0) FROM (
                        SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID DESC LIMIT :recent) x)
                ORDER BY e.JOB_EXECUTION_ID DESC""").param("recent", recent));
    }

    private List<Run> read(JdbcClient.StatementSpec statement) {
        List<Run> runs = statement.query((rs, n) -> new Run(rs.getLong("JOB_EXECUTION_ID"), rs.getString("JOB_NAME"),
                rs.getString("STATUS"), rs.getString("EXIT_CODE"), rs.getObject("START_TIME", LocalDateTime.class),
                rs.getObject("END_TIME", LocalDateTime.class), new LinkedHashMap<>(), rs.getLong("VERSION"),
                rs.getLong("STEP_VERSIONS"))).list();
        if (!runs.isEmpty()) {
            Map<Long, Run> byId = new LinkedHashMap<>();
            runs.forEach(run -> byId.put(run.executionId(), run));
            jdbc.sql("""
                    SELECT JOB_EXECUTION_ID, PARAMETER_NAME, PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS
                    WHERE JOB_EXECUTION_ID IN (:ids)""")
                    .param("ids", new ArrayList<>(byId.keySet()))
                    .query(rs -> {
                        byId.get(rs.getLong(1)).parameters().put(rs.getString(2), rs.getString(3));
                    });
        }
        return runs;
    }
}
