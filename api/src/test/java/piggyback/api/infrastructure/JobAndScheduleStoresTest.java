package piggyback.api.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

import piggyback.api.ApiTest;

/** Spring Batch and Quartz run on the tables Flyway made, in MySQL, as the pipeline will need. */
class JobAndScheduleStoresTest extends ApiTest {

    @Autowired
    JobRepository jobRepository;
    @Autowired
    JobOperator jobOperator;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Scheduler scheduler;

    @Test
    void aJobRunsAgainstTheJdbcJobRepository() throws Exception {
        Job job = new JobBuilder("storeCheck", jobRepository)
                .start(new StepBuilder("only", jobRepository)
                        .tasklet((contribution, context) -> RepeatStatus.FINISHED, transactions).build())
                .build();

        JobExecution execution = jobOperator.start(job, new JobParametersBuilder()
                .addString("run", unique()).toJobParameters());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.sql("SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?")
                .param(execution.getId()).query(String.class).single()).isEqualTo("COMPLETED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ?")
                .param(execution.getId()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void quartzRunsClusteredOnTheJdbcStore() throws Exception {
        assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
        assertThat(scheduler.getMetaData().isJobStoreSupportsPersistence()).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM QRTZ_SCHEDULER_STATE WHERE INSTANCE_NAME = ?")
                .param(scheduler.getSchedulerInstanceId()).query(Integer.class).single()).isEqualTo(1);
    }
}
