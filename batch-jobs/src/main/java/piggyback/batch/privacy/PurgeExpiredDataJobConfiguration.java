package piggyback.batch.privacy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import piggyback.storage.audit.AuditLog;
import piggyback.storage.parents.ParentPasswordLinks;
import piggyback.storage.quiz.QuizAttempts;
import piggyback.storage.sessions.StoredSessions;
import piggyback.storage.throttle.LoginFailures;

/**
 * {@code purgeExpiredData}: children's quiz attempts older than the retention period go, with their
 * answers, a chunk per transaction (the step's write count and execution context say how many); then the sign-in records that expired (login-failure rows, sessions, unused
 * password links); then one audit row with the counts. A run that fails part-way is restarted like
 * any other: what was deleted stays deleted, and the rest goes.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PrivacyProperties.class)
class PurgeExpiredDataJobConfiguration {

    // kept in the step's context, which a restart carries on from: the totals are the run's
    static final String ATTEMPTS_DELETED = "attempts_deleted";
    static final String ANSWERS_DELETED = "answers_deleted";

    @Bean
    Job purgeExpiredData(JobRepository jobRepository, Step purgeAttempts, Step purgeSignInRecords, Step auditPurge) {
        return new JobBuilder(Purges.JOB, jobRepository)
                .start(purgeAttempts).next(purgeSignInRecords).next(auditPurge)
                .build();
    }

    @Bean
    Step purgeAttempts(JobRepository jobRepository, PlatformTransactionManager transactions, QuizAttempts attempts,
                       PrivacyProperties privacy) {
        return new StepBuilder("purgeAttempts", jobRepository).tasklet((contribution, context) -> {
            StepExecution step = context.getStepContext().getStepExecution();
            LocalDateTime cutoff = LocalDateTime.parse(step.getJobParameters().getString(Purges.CUTOFF));
            List<Long> old = attempts.idsSavedBefore(cutoff, privacy.chunkSize());
            if (old.isEmpty()) {
                return RepeatStatus.FINISHED;
            }
            int answers = attempts.deleteAttempts(old);
            contribution.incrementWriteCount(old.size());
            var totals = step.getExecutionContext();
            totals.putLong(ATTEMPTS_DELETED, totals.getLong(ATTEMPTS_DELETED, 0L) + old.size());
            totals.putLong(ANSWERS_DELETED, totals.getLong(ANSWERS_DELETED, 0L) + answers);
            // one transaction per chunk: the step comes back for the next
            return RepeatStatus.CONTINUABLE;
        }, transactions).build();
    }

    @Bean
    Step purgeSignInRecords(JobRepository jobRepository, PlatformTransactionManager transactions,
                            LoginFailures failures, StoredSessions sessions, ParentPasswordLinks links,
                            @Value("${piggyback.security.login-throttle.per-account.forget-after:24h}")
                            Duration forgetFailuresAfter) {
        return new StepBuilder("purgeSignInRecords", jobRepository).tasklet((contribution, context) -> {
            var counts = context.getStepContext().getStepExecution().getExecutionContext();
            int loginFailures = failures.deleteExpired(forgetFailuresAfter);
            int expiredSessions = sessions.deleteExpired();
            int passwordLinks = links.deleteExpired();
            counts.putInt("login_failures_deleted", loginFailures);
            counts.putInt("sessions_deleted", expiredSessions);
            counts.putInt("password_links_deleted", passwordLinks);
            contribution.incrementWriteCount(loginFailures + expiredSessions + passwordLinks);
            return RepeatStatus.FINISHED;
        }, transactions).build();
    }

    @Bean
    Step auditPurge(JobRepository jobRepository, PlatformTransactionManager transactions, AuditLog audit) {
        return new StepBuilder("auditPurge", jobRepository).tasklet((contribution, context) -> {
            StepExecution step = context.getStepContext().getStepExecution();
            PurgeCounts counts = PurgeCounts.of(step.getJobExecution());
            String requestedBy = step.getJobParameters().getString(Purges.REQUESTED_BY, "schedule");
            audit.record("SYSTEM", requestedBy, "privacy.purge", "job", Long.toString(step.getJobExecutionId()),
                    counts.describe(), null);
            return RepeatStatus.FINISHED;
        }, transactions).build();
    }
}
