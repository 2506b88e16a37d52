package piggyback.batch.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import piggyback.batch.BatchTest;
import piggyback.batch.runs.PipelineRuns;
import piggyback.storage.UtcTime;

/**
 * The retention purge, run as the schedule runs it: exactly the attempts older than the period go
 * (with their answers), nothing newer; a run that fails part-way is restarted and deletes the rest.
 */
@TestPropertySource(properties = "piggyback.pipeline.recover-on-startup=false")
class PurgeExpiredDataJobTest extends BatchTest {

    private static final int OLD = 1_200;
    private static final int RECENT = 30;

    @Autowired
    Purges purges;
    @Autowired
    PipelineRuns runs;

    @AfterEach
    void dropFault() {
        jdbc.sql("DROP TRIGGER IF EXISTS purge_test_fault").update();
    }

    @Test
    void deletesExactlyTheAttemptsOlderThanTheRetentionWithTheirAnswers() {
        String child = child();
        LocalDateTime now = UtcTime.now();
        save(child, now.minusDays(400), OLD);
        save(child, now.minusDays(364), 1);
        save(child, now.minusDays(10), RECENT);
        String otherChild = child();
        save(otherChild, now.minusDays(366), 3);

        JobExecution run = finish(purges.start("test"));

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(attemptsOf(child)).isEqualTo(RECENT + 1);
        assertThat(attemptsOf(otherChild)).isZero();
        assertThat(answersOf(child)).isEqualTo(2 * (RECENT + 1));
        assertThat(count("SELECT COUNT(*) FROM quiz_attempts WHERE child_id IN (?, ?) AND attempted_at < ?",
                child, otherChild, now.minusDays(365))).isZero();
        StepExecution attempts = step(run, "purgeAttempts");
        assertThat(attempts.getWriteCount()).isEqualTo(OLD + 3);
        assertThat(attempts.getExecutionContext().getLong("answers_deleted")).isEqualTo(2L * (OLD + 3));
        assertThat(lastAudit(run)).startsWith("deleted " + (OLD + 3) + " quiz attempts with " + 2 * (OLD + 3) + " answers");
    }

    @Test
    void aRunThatFailsPartWayIsRestartedAndDeletesTheRestWithoutErrors() {
        String child = child();
        save(child, UtcTime.now().minusDays(500), OLD);
        save(child, UtcTime.now().minusDays(1), RECENT);
        // the 700th oldest attempt cannot be deleted: the second chunk of 500 fails and rolls back
        long faulty = jdbc.sql("SELECT attempt_id FROM quiz_attempts WHERE child_id = ? ORDER BY attempted_at, attempt_id"
                + " LIMIT 1 OFFSET 699").param(child).query(Long.class).single();
        jdbc.sql("CREATE TRIGGER purge_test_fault BEFORE DELETE ON quiz_attempts FOR EACH ROW BEGIN"
                + " IF OLD.attempt_id = " + faulty + " THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'disk fault';"
                + " END IF; END").update();

        JobExecution failed = finish(purges.start("test"));

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(attemptsOf(child)).isEqualTo(OLD - 500 + RECENT);
        assertThat(step(failed, "purgeAttempts").getWriteCount()).isEqualTo(500);

        dropFault();
        JobExecution restarted = finish(runs.restart(failed.getId()));

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
        assertThat(attemptsOf(child)).isEqualTo(RECENT);
        assertThat(answersOf(child)).isEqualTo(2 * RECENT);
        assertThat(step(restarted, "purgeAttempts").getWriteCount()).isEqualTo(OLD - 500);
        assertThat(lastAudit(restarted)).startsWith("deleted " + OLD + " quiz attempts with " + 2 * OLD + " answers");
    }

    @Test
    void expiredSignInRecordsGoAndLiveOnesStay() {
        LocalDateTime now = UtcTime.now();
        String stale = "stale-" + ThreadLocalRandom.current().nextLong();
        String blocking = "blocking-" + ThreadLocalRandom.current().nextLong();
        jdbc.sql("INSERT INTO login_failures (throttle_key, failures, window_started_at, blocked_until, last_failure_at)"
                + " VALUES (SHA2(?, 256), 3, ?, NULL, ?), (SHA2(?, 256), 5, ?, ?, ?)")
                .params(stale, now.minusDays(3), now.minusDays(3), blocking, now.minusDays(3), now.plusHours(1),
                        now.minusDays(3)).update();
        String session = java.util.UUID.randomUUID().toString();
        long longAgo = Instant.now().minus(Duration.ofDays(2)).toEpochMilli();
        jdbc.sql("INSERT INTO SPRING_SESSION (PRIMARY_ID, SESSION_ID, CREATION_TIME, LAST_ACCESS_TIME,"
                + " MAX_INACTIVE_INTERVAL, EXPIRY_TIME) VALUES (?, ?, ?, ?, 1800, ?)")
                .params(session, session, longAgo, longAgo, longAgo).update();

        JobExecution run = finish(purges.start("test"));

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(count("SELECT COUNT(*) FROM login_failures WHERE throttle_key = SHA2(?, 256)", stale)).isZero();
        assertThat(count("SELECT COUNT(*) FROM login_failures WHERE throttle_key = SHA2(?, 256)", blocking)).isOne();
        assertThat(count("SELECT COUNT(*) FROM SPRING_SESSION WHERE PRIMARY_ID = ?", session)).isZero();
        assertThat(step(run, "purgeSignInRecords").getExecutionContext().getInt("sessions_deleted")).isPositive();
    }

    @Test
    void theDailyScheduleIsKeptInQuartz() {
        assertThat(jdbc.sql("SELECT CRON_EXPRESSION FROM QRTZ_CRON_TRIGGERS WHERE TRIGGER_NAME = 'purge-expired-data'")
                .query(String.class).list()).containsExactly("0 30 3 * * ?");
    }

    private String child() {
        String id = "%06d".formatted(ThreadLocalRandom.current().nextInt(1_000_000));
        jdbc.sql("INSERT INTO children (child_id, first_name, icon_key, created_at, updated_at) VALUES (?, 'Kid', 'fox', ?, ?)"
                + " ON DUPLICATE KEY UPDATE child_id = child_id").params(id, UtcTime.now(), UtcTime.now()).update();
        return id;
    }

    /** {@code n} attempts at this time, each with two answers. */
    private void save(String child, LocalDateTime at, int n) {
        for (int done = 0; done < n; done += 100) {
            int rows = Math.min(100, n - done);
            List<Object> params = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                Collections.addAll(params, child, at);
            }
            jdbc.sql("INSERT INTO quiz_attempts (child_id, video_id, attempted_at, questions_total, questions_correct,"
                    + " questions_wrong, percentage, total_retries, avg_retries_per_question) VALUES "
                    + String.join(", ", Collections.nCopies(rows, "(?, 'v1', ?, 2, 1, 1, 50, 0, 0)"))).params(params)
                    .update();
        }
        jdbc.sql("INSERT INTO quiz_attempt_details (attempt_id, seq, question, user_answer, status)"
                + " SELECT a.attempt_id, s.seq, 'Who?', 'a fox', 'correct' FROM quiz_attempts a"
                + " CROSS JOIN (SELECT 0 AS seq UNION ALL SELECT 1) s"
                + " WHERE a.child_id = ? AND a.attempted_at = ?"
                + " AND NOT EXISTS (SELECT 1 FROM quiz_attempt_details d WHERE d.attempt_id = a.attempt_id)")
                .params(child, at).update();
    }

    private int attemptsOf(String child) {
        return count("SELECT COUNT(*) FROM quiz_attempts WHERE child_id = ?", child);
    }

    private int answersOf(String child) {
        return count("SELECT COUNT(*) FROM quiz_attempt_details d JOIN quiz_attempts a ON a.attempt_id = d.attempt_id"
                + " WHERE a.child_id = ?", child);
    }

    private JobExecution finish(long executionId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        JobExecution execution = runs.execution(executionId);
        while (execution.getStatus().isRunning() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            execution = runs.execution(executionId);
        }
        return execution;
    }

    private static StepExecution step(JobExecution run, String name) {
        return run.getStepExecutions().stream().filter(s -> s.getStepName().equals(name)).findFirst().orElseThrow();
    }

    private String lastAudit(JobExecution run) {
        return jdbc.sql("SELECT detail FROM audit_log WHERE action = 'privacy.purge' AND target_id = ?")
                .param(Long.toString(run.getId())).query(String.class).single();
    }
}
