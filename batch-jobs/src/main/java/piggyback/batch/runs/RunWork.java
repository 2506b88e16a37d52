package piggyback.batch.runs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a video run itself has done, over its restarts (every execution of its job instance): frames
 * written by its frames step, and segments its questions partitions finished, with or without
 * questions. Read from Batch's step executions, so an earlier ingest of the same video does not count.
 */
@Repository
public class RunWork {

    /** @param segmentsFailed segments finished without questions (their partition says "no questions") */
    public record Done(int frames, int segmentsDone, int segmentsFailed) {
    }

    // a remote frames step's manager adds up its partitions' counts: the larger of the two sums is the work
    private static final String SQL = """
            SELECT e.JOB_EXECUTION_ID AS id,
                   GREATEST((SELECT COALESCE(SUM(s.WRITE_COUNT), 0) FROM BATCH_STEP_EXECUTION s
                             JOIN BATCH_JOB_EXECUTION x ON x.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID
                             WHERE x.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID AND s.STEP_NAME = 'frames'),
                            (SELECT COALESCE(SUM(s.WRITE_COUNT), 0) FROM BATCH_STEP_EXECUTION s
                             JOIN BATCH_JOB_EXECUTION x ON x.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID
                             WHERE x.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID AND s.STEP_NAME LIKE 'framesWorker%')) AS frames,
                   (SELECT COUNT(DISTINCT s.STEP_NAME) FROM BATCH_STEP_EXECUTION s
                    JOIN BATCH_JOB_EXECUTION x ON x.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID
                    WHERE x.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID AND s.STEP_NAME LIKE 'questionsWorker%'
                      AND s.STATUS = 'COMPLETED') AS done,
                   (SELECT COUNT(DISTINCT s.STEP_NAME) FROM BATCH_STEP_EXECUTION s
                    JOIN BATCH_JOB_EXECUTION x ON x.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID
                    WHERE x.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID AND s.STEP_NAME LIKE 'questionsWorker%'
                      AND s.STATUS = 'COMPLETED' AND s.EXIT_MESSAGE LIKE 'no questions%') AS failed
            FROM BATCH_JOB_EXECUTION e WHERE e.JOB_EXECUTION_ID IN (:ids)""";

    private final JdbcClient jdbc;

    RunWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<Long, Done> of(List<Long> executionIds) {
        Map<Long, Done> done = new HashMap<>();
        if (!executionIds.isEmpty()) {
            jdbc.sql(SQL).param("ids", executionIds).query(rs -> {
                done.put(rs.getLong("id"), new Done(rs.getInt("frames"), rs.getInt("done"), rs.getInt("failed")));
            });
        }
        return done;
    }
}
