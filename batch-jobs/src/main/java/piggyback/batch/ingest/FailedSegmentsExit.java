package piggyback.batch.ingest;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A run whose segments got no questions must not look like a success: it completes with the exit
 * code {@value #EXIT_CODE} and says how many (segments without a frame do not count: there was
 * nothing to ask about). Counted from the run's own partitions (over its
 * restarts: the latest execution of each segment's partition), not from every row the video has.
 */
@Component
class FailedSegmentsExit implements JobExecutionListener {

    static final String EXIT_CODE = "COMPLETED_WITH_FAILED_SEGMENTS";

    private final JdbcClient jdbc;

    FailedSegmentsExit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void afterJob(JobExecution execution) {
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            return;
        }
        record Outcomes(int segments, int failed) {
        }
        // SegmentTasklet ends a segment without questions with the exit description "no questions: <reason>";
        // a segment with no frame (the last fraction of a second of most videos) has nothing to ask about
        Outcomes outcomes = jdbc.sql("""
                SELECT COUNT(*) AS segments, COALESCE(SUM(s.EXIT_MESSAGE LIKE 'no questions%'
                       AND s.EXIT_MESSAGE NOT LIKE 'no questions: no_frames_in_segment%'), 0) AS failed
                FROM BATCH_STEP_EXECUTION s JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID
                WHERE e.JOB_INSTANCE_ID = :instance AND s.STEP_NAME LIKE 'questionsWorker%'
                  AND s.STEP_EXECUTION_ID = (SELECT MAX(o.STEP_EXECUTION_ID) FROM BATCH_STEP_EXECUTION o
                        JOIN BATCH_JOB_EXECUTION oe ON oe.JOB_EXECUTION_ID = o.JOB_EXECUTION_ID
                        WHERE oe.JOB_INSTANCE_ID = :instance AND o.STEP_NAME = s.STEP_NAME)""")
                .param("instance", execution.getJobInstance().getInstanceId())
                .query((rs, n) -> new Outcomes(rs.getInt("segments"), rs.getInt("failed"))).single();
        if (outcomes.failed() > 0) {
            execution.setExitStatus(new ExitStatus(EXIT_CODE, outcomes.failed() + " of " + outcomes.segments()
                    + " segments got no questions"));
        }
    }
}
