package piggyback.batch.frames;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import piggyback.batch.scaling.PartitionedSteps;
import piggyback.batch.scaling.ScaleOutProperties;
import piggyback.batch.scaling.WorkerStamp;
import piggyback.storage.media.MediaStore;
import piggyback.storage.videos.Frames;
import piggyback.storage.videos.Video;
import piggyback.storage.videos.Videos;

/**
 * The frames step (docs/architecture.md#the-job-graph): chunk-oriented over the seconds of the video, one JPEG and
 * one row per second, restartable at the last committed chunk. With remote partitioning the
 * seconds are split into ranges ({@link FrameRangePartitioner}), each a chunk-oriented
 * {@code framesWorker} partition run by a worker process and restartable the same way.
 */
@Configuration(proxyBeanMethods = false)
class FramesStepConfiguration {

    /** Frames per transaction: small enough to lose little on a crash, large enough to be quick. */
    static final int CHUNK = 20;
    static final String STEP = "frames";
    static final String WORKER = "framesWorker";

    @Bean
    Step framesStep(JobRepository jobRepository, PlatformTransactionManager transactions,
                    VideoFrameReader framesReader, FrameWriter framesWriter, FrameCountRecorder frameCountRecorder,
                    PartitionedSteps partitioned, @Qualifier(WORKER) Step framesWorker,
                    Partitioner frameRangePartitioner) {
        if (partitioned.remote()) {
            return partitioned.build(STEP, framesWorker, frameRangePartitioner, 1, frameCountRecorder);
        }
        return new StepBuilder(STEP, jobRepository)
                .<GrabbedFrame, GrabbedFrame>chunk(CHUNK)
                .transactionManager(transactions)
                .reader(framesReader)
                .writer(framesWriter)
                .listener(frameCountRecorder)
                .build();
    }

    /** A range of seconds of the video, in remote mode; the same reading and writing as the local step. */
    @Bean(WORKER)
    Step framesWorker(JobRepository jobRepository, PlatformTransactionManager transactions,
                      VideoFrameReader framesReader, FrameWriter framesWriter, WorkerStamp workerStamp) {
        return new StepBuilder(WORKER, jobRepository)
                .<GrabbedFrame, GrabbedFrame>chunk(CHUNK)
                .transactionManager(transactions)
                .reader(framesReader)
                .writer(framesWriter)
                .listener(workerStamp)
                .build();
    }

    @Bean
    @StepScope
    Partitioner frameRangePartitioner(@Value("#{jobParameters['video_id']}") String videoId, Videos videos,
                                      ScaleOutProperties scaleOut) {
        Double duration = videos.find(videoId).map(Video::durationSeconds).orElse(null);
        return new FrameRangePartitioner(duration == null || duration <= 0 ? null : (int) Math.floor(duration),
                scaleOut.remote().framesRangeSeconds());
    }

    @Bean
    @StepScope
    VideoFrameReader framesReader(@Value("#{jobParameters['video_id']}") String videoId, MediaStore store,
                                  FrameExtractor extractor) {
        return new VideoFrameReader(videoId, store, extractor);
    }

    @Bean
    @StepScope
    FrameWriter framesWriter(@Value("#{jobParameters['video_id']}") String videoId, MediaStore store, Frames frames,
                             SubtitleTimelines timelines) {
        return new FrameWriter(videoId, store, frames, timelines.of(videoId));
    }

    @Bean
    @StepScope
    FrameCountRecorder frameCountRecorder(@Value("#{jobParameters['video_id']}") String videoId, Frames frames,
                                          Videos videos) {
        return new FrameCountRecorder(videoId, frames, videos);
    }

    /** After the step, the video's row says how many frames it has. */
    static class FrameCountRecorder implements StepExecutionListener {

        private final String videoId;
        private final Frames frames;
        private final Videos videos;

        FrameCountRecorder(String videoId, Frames frames, Videos videos) {
            this.videoId = videoId;
            this.frames = frames;
            this.videos = videos;
        }

        @Override
        public ExitStatus afterStep(StepExecution stepExecution) {
            if (ExitStatus.COMPLETED.getExitCode().equals(stepExecution.getExitStatus().getExitCode())) {
                videos.setFrameCount(videoId, frames.count(videoId));
                videos.setStatus(videoId, "frames_ready");
            }
            return stepExecution.getExitStatus();
        }
    }
}
