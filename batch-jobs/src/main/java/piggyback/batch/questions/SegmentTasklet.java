package piggyback.batch.questions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import piggyback.batch.IngestParameters;
import piggyback.storage.segments.GeneratedSegments;

/**
 * A questions partition: generates its segment and writes the segment's row and questions in one
 * transaction, replacing any earlier ones. A segment that gets no questions is recorded as failed
 * with its reason; that is the segment's outcome, not the step's failure.
 */
final class SegmentTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(SegmentTasklet.class);

    private final SegmentGeneration generation;
    private final GeneratedSegments rows;

    SegmentTasklet(SegmentGeneration generation, GeneratedSegments rows) {
        this.generation = generation;
        this.rows = rows;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        String videoId = IngestParameters.videoId(step.getJobParameters());
        ExecutionContext context = step.getExecutionContext();
        Segment segment = new Segment(context.getInt(SegmentPartitioner.START), context.getInt(SegmentPartitioner.END));
        SegmentResult result = generation.generate(videoId, segment);
        rows.replace(videoId, SegmentRows.of(segment, result, generation.generatorName()));
        contribution.incrementWriteCount(1);
        if (result instanceof SegmentFailure failure) {
            log.warn("video {} segment {}-{}s got no questions: {} {}", videoId, segment.start(), segment.end(),
                    failure.reason(), failure.message() == null ? "" : failure.message());
            contribution.setExitStatus(ExitStatus.COMPLETED.addExitDescription("no questions: " + failure.reason()));
        }
        return RepeatStatus.FINISHED;
    }
}
