package piggyback.batch.questions;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

import piggyback.batch.IngestParameters;
import piggyback.storage.segments.GeneratedSegments;

/**
 * The {@code questionsStep} of {@code ingestVideo} (ARCHITECTURE §3): one partition per segment,
 * {@code piggyback.questions.concurrency} of them at a time. Each partition is its own step
 * execution named {@code questionsWorker:segment-<start>}, so a restart re-runs only the
 * partitions that did not complete. Job parameters: {@code video_id}, {@code interval_seconds}
 * (60), {@code start_seconds} (0).
 */
@Configuration(proxyBeanMethods = false)
class QuestionsStepConfiguration {

    static final String STEP = "questions";
    static final String WORKER = "questionsWorker";

    @Bean
    Step questionsStep(JobRepository jobRepository, Partitioner segmentPartitioner, SegmentGeneration generation,
                       GeneratedSegments rows, QuestionsProperties properties) {
        // The generation can take minutes; holding a database transaction (and connection) open
        // for it would starve the pool, so the worker runs outside one and writes its rows in a
        // short transaction of their own.
        Step worker = new StepBuilder(WORKER, jobRepository)
                .tasklet(new SegmentTasklet(generation, rows), new ResourcelessTransactionManager())
                .build();
        // A thread per running partition, never more than the concurrency: each partition mostly
        // waits on the model, and the limit is what keeps the provider's rate limits at bay.
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("questions-");
        executor.setConcurrencyLimit(properties.concurrency());
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(worker);
        handler.setTaskExecutor(executor);
        return new StepBuilder(STEP, jobRepository)
                .partitioner(WORKER, segmentPartitioner)
                .partitionHandler(handler)
                .build();
    }

    @Bean
    @StepScope
    Partitioner segmentPartitioner(VideoSegments segments, @Value("#{stepExecution}") StepExecution stepExecution) {
        JobParameters parameters = stepExecution.getJobParameters();
        return new SegmentPartitioner(segments, IngestParameters.videoId(parameters),
                QuestionsJobParameters.interval(parameters), QuestionsJobParameters.start(parameters));
    }
}
