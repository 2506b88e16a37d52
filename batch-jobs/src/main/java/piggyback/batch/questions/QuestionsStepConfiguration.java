package piggyback.batch.questions;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import piggyback.batch.IngestParameters;
import piggyback.batch.scaling.PartitionedSteps;
import piggyback.batch.scaling.WorkerStamp;
import piggyback.storage.segments.GeneratedSegments;

/**
 * The {@code questionsStep} of {@code ingestVideo} (docs/architecture.md#the-job-graph): one partition per segment,
 * {@code piggyback.questions.concurrency} of them at a time in this process, or on remote workers
 * ({@link PartitionedSteps}). Each partition is its own step execution named
 * {@code questionsWorker:segment-<start>}, so a restart re-runs only the partitions that did not
 * complete. Job parameters: {@code video_id}, {@code interval_seconds}
 * (60), {@code start_seconds} (0).
 */
@Configuration(proxyBeanMethods = false)
class QuestionsStepConfiguration {

    static final String STEP = "questions";
    static final String WORKER = "questionsWorker";

    @Bean
    Step questionsStep(PartitionedSteps partitioned, @Qualifier(WORKER) Step questionsWorker,
                       Partitioner segmentPartitioner, QuestionsProperties properties) {
        // locally a thread per running partition, never more than the concurrency: each partition
        // mostly waits on the model, and the limit is what keeps the provider's rate limits at bay
        return partitioned.build(STEP, questionsWorker, segmentPartitioner, properties.concurrency());
    }

    /** One segment; named as the manager's partition requests name it, so remote workers find it. */
    @Bean(WORKER)
    Step questionsWorker(JobRepository jobRepository, SegmentGeneration generation, GeneratedSegments rows,
                         WorkerStamp workerStamp) {
        // The generation can take minutes; holding a database transaction (and connection) open
        // for it would starve the pool, so the worker runs outside one and writes its rows in a
        // short transaction of their own.
        return new StepBuilder(WORKER, jobRepository)
                .tasklet(new SegmentTasklet(generation, rows), new ResourcelessTransactionManager())
                .listener(workerStamp)
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
