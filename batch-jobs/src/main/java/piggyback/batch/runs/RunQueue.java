package piggyback.batch.runs;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The admission queue in MySQL ({@code pipeline_run_queue}): runs created but not yet started,
 * in order of priority (lower first) and then of arrival. Claims happen under the one row of
 * {@code pipeline_admission_lock}, so the count of admitted runs that are going and the claim
 * are one step for every process on the database.
 */
@Repository
class RunQueue {

    /** The job parameter that sends a run through the queue. */
    static final String PRIORITY = RunPriority.PARAMETER;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    RunQueue(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
    }

    void add(long executionId, String jobName, int priority) {
        jdbc.sql("""
                INSERT INTO pipeline_run_queue (execution_id, job_name, priority, queued_at, state)
                VALUES (:id, :job, :priority, UTC_TIMESTAMP(3), 'QUEUED')""")
                .param("id", executionId).param("job", jobName).param("priority", priority).update();
    }

    /**
     * Records a run that starts without waiting (it has no admission priority) as taken by this process, so that
     * its owner shows and {@link #orphaned} finds it when the process falls silent. It does not count against the
     * limit, which counts only runs with a priority.
     */
    void taken(long executionId, String jobName, String process) {
        jdbc.sql("""
                INSERT INTO pipeline_run_queue (execution_id, job_name, priority, queued_at, state, claimed_by, claimed_at)
                VALUES (:id, :job, 0, UTC_TIMESTAMP(3), 'DISPATCHED', :process, UTC_TIMESTAMP(3))""")
                .param("id", executionId).param("job", jobName).param("process", process).update();
    }

    /**
     * Claims the next queued runs for this process, as many as the limit leaves room for; the
     * caller launches them. Only runs of the named jobs are claimed (those this process has). Admitted runs that are going are those of Batch's executions carrying
     * the priority parameter that have not ended and are not waiting here.
     */
    List<Long> claim(int maxRunning, String claimant, Collection<String> jobNames) {
        return transactions.execute(status -> {
            jdbc.sql("SELECT id FROM pipeline_admission_lock WHERE id = 1 FOR UPDATE").query(Integer.class).single();
            int going = jdbc.sql("""
                    SELECT COUNT(*) FROM BATCH_JOB_EXECUTION e
                    WHERE e.END_TIME IS NULL AND e.STATUS IN ('STARTING', 'STARTED', 'STOPPING')
                      AND EXISTS (SELECT 1 FROM BATCH_JOB_EXECUTION_PARAMS p
                                  WHERE p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = :priority)
                      AND NOT EXISTS (SELECT 1 FROM pipeline_run_queue q
                                      WHERE q.execution_id = e.JOB_EXECUTION_ID AND q.state <> 'DISPATCHED')""")
                    .param("priority", PRIORITY).query(Integer.class).single();
            int room = maxRunning - going;
            if (room <= 0) {
                return List.of();
            }
            List<Long> next = jdbc.sql("""
                    SELECT execution_id FROM pipeline_run_queue WHERE state = 'QUEUED' AND job_name IN (:jobs)
                    ORDER BY priority, queued_at, execution_id LIMIT :room""")
                    .param("jobs", jobNames).param("room", room).query(Long.class).list();
            if (!next.isEmpty()) {
                jdbc.sql("""
                        UPDATE pipeline_run_queue SET state = 'DISPATCHED', claimed_by = :claimant,
                               claimed_at = UTC_TIMESTAMP(3)
                        WHERE execution_id IN (:ids) AND state = 'QUEUED'""")
                        .param("claimant", claimant).param("ids", next).update();
            }
            return next;
        });
    }

    /**
     * Runs taken by a process (admitted, or started directly) that have not ended and whose process has not said it
     * is alive for longer than the timeout (or never did): their process is gone.
     */
    List<Long> orphaned(Duration ownerTimeout) {
        return jdbc.sql("""
                SELECT q.execution_id FROM pipeline_run_queue q
                JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = q.execution_id
                LEFT JOIN pipeline_instances i ON i.instance_id = q.claimed_by
                WHERE q.state = 'DISPATCHED' AND e.END_TIME IS NULL
                  AND e.STATUS IN ('STARTING', 'STARTED', 'STOPPING')
                  AND (i.last_seen IS NULL OR i.last_seen < UTC_TIMESTAMP(3) - INTERVAL :millis * 1000 MICROSECOND)
                ORDER BY q.execution_id""")
                .param("millis", ownerTimeout.toMillis()).query(Long.class).list();
    }

    /** The process that took each of these runs, from the queue or by starting it directly. */
    Map<Long, String> owners(List<Long> executionIds) {
        if (executionIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> owners = new HashMap<>();
        jdbc.sql("SELECT execution_id, claimed_by FROM pipeline_run_queue WHERE claimed_by IS NOT NULL"
                        + " AND execution_id IN (:ids)")
                .param("ids", executionIds)
                .query(rs -> {
                    owners.put(rs.getLong(1), rs.getString(2));
                });
        return owners;
    }

    /** Takes a run out of the queue; false when it was not waiting (already started or cancelled). */
    boolean cancel(long executionId) {
        return jdbc.sql("UPDATE pipeline_run_queue SET state = 'CANCELLED' WHERE execution_id = ? AND state = 'QUEUED'")
                .param(executionId).update() == 1;
    }

    boolean isQueued(long executionId) {
        return position(executionId).isPresent();
    }

    /** Where a waiting run stands: 1 starts next. Empty when it is not waiting. */
    Optional<Integer> position(long executionId) {
        return Optional.ofNullable(positions(List.of(executionId)).get(executionId));
    }

    /** The positions of those of these runs that are waiting. */
    Map<Long, Integer> positions(List<Long> executionIds) {
        if (executionIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> positions = new HashMap<>();
        jdbc.sql("""
                SELECT q.execution_id, (SELECT COUNT(*) FROM pipeline_run_queue o WHERE o.state = 'QUEUED'
                       AND (o.priority < q.priority OR (o.priority = q.priority AND (o.queued_at < q.queued_at
                            OR (o.queued_at = q.queued_at AND o.execution_id <= q.execution_id))))) AS position
                FROM pipeline_run_queue q WHERE q.state = 'QUEUED' AND q.execution_id IN (:ids)""")
                .param("ids", executionIds)
                .query(rs -> {
                    positions.put(rs.getLong(1), rs.getInt(2));
                });
        return positions;
    }
}
