package piggyback.batch.privacy;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** What a purge run deleted, read from its steps' execution contexts (which span its restarts). */
record PurgeCounts(long attempts, long answers, long loginFailures, long sessions, long passwordLinks) {

    static PurgeCounts of(JobExecution execution) {
        long attempts = 0;
        long answers = 0;
        long loginFailures = 0;
        long sessions = 0;
        long links = 0;
        for (StepExecution step : execution.getStepExecutions()) {
            var context = step.getExecutionContext();
            if (step.getStepName().equals("purgeAttempts")) {
                attempts += context.getLong(PurgeExpiredDataJobConfiguration.ATTEMPTS_DELETED, 0L);
                answers += context.getLong(PurgeExpiredDataJobConfiguration.ANSWERS_DELETED, 0L);
            }
            loginFailures += context.getInt("login_failures_deleted", 0);
            sessions += context.getInt("sessions_deleted", 0);
            links += context.getInt("password_links_deleted", 0);
        }
        return new PurgeCounts(attempts, answers, loginFailures, sessions, links);
    }

    String describe() {
        return "deleted " + attempts + " quiz attempts with " + answers + " answers, " + loginFailures
                + " login-failure records, " + sessions + " expired sessions, " + passwordLinks + " password links";
    }
}
