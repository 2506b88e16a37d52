package piggyback.batch.companions;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import piggyback.batch.IngestParameters;
import piggyback.storage.companions.CompanionVariant;
import piggyback.storage.companions.CompanionVariants;
import piggyback.storage.segments.GeneratedSegments;

/**
 * The {@code companionsStep} of {@code ingestVideo} (docs/architecture.md#the-job-graph): for each generated segment
 * of the video ({@code video_id}) whose questions lack a companion's wording, the bunny, pig and
 * alligator lines, upserted by (video, segment, category, companion). A restart, or a later run,
 * words only what is still missing. A segment whose reply is unusable is skipped (and logged);
 * a provider that fails fails the step.
 */
@Configuration(proxyBeanMethods = false)
class CompanionsStepConfiguration {

    static final String STEP = "companions";

    private static final Logger log = LoggerFactory.getLogger(CompanionsStepConfiguration.class);

    @Bean
    Step companionsStep(JobRepository jobRepository, ItemReader<SegmentToReword> segmentsToReword,
                        CompanionWriter writer, CompanionVariants variants) {
        // one segment per chunk, outside a database transaction: a model call can take many
        // seconds, and the upsert is its own short transaction
        return new StepBuilder(STEP, jobRepository).<SegmentToReword, WordedSegment>chunk(1)
                .transactionManager(new ResourcelessTransactionManager())
                .reader(segmentsToReword)
                .processor(segment -> new WordedSegment(segment.videoId(),
                        writer.write(segment.questions(), segment.bestQuestion()).stream()
                                .map(line -> new CompanionVariant(segment.start(), line.category(),
                                        line.companion().key(), line.question(), line.answer(), writer.name()))
                                .toList()))
                .writer(chunk -> chunk.getItems().forEach(worded -> variants.upsert(worded.videoId(), worded.variants())))
                .faultTolerant()
                .skip(CompanionWritingException.class)
                .skipLimit(Long.MAX_VALUE)
                .skipListener(new SkipListener<SegmentToReword, WordedSegment>() {
                    @Override
                    public void onSkipInProcess(SegmentToReword segment, Throwable problem) {
                        log.warn("video {} segment {}s: no companion lines ({})", segment.videoId(), segment.start(),
                                problem.getMessage());
                    }
                })
                .build();
    }

    @Bean
    @StepScope
    ItemReader<SegmentToReword> segmentsToReword(GeneratedSegments segments, CompanionVariants variants,
                                                 @Value("#{stepExecution}") StepExecution stepExecution) {
        String videoId = IngestParameters.videoId(stepExecution.getJobParameters());
        Set<Integer> missing = Set.copyOf(variants.segmentsMissingVariants(videoId));
        return new ListItemReader<>(segments.of(videoId).stream()
                .filter(segment -> segment.generated() && missing.contains(segment.start()))
                .map(segment -> new SegmentToReword(videoId, segment.start(), segment.bestQuestion(),
                        segment.questions().stream()
                                .map(q -> new QuestionToReword(q.category(), q.question(), q.answer()))
                                .toList()))
                .toList());
    }
}
