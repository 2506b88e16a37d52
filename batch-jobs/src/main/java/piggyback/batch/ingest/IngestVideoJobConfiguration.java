package piggyback.batch.ingest;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import piggyback.batch.IngestParameters;
import piggyback.storage.videos.Videos;

/**
 * {@code ingestVideo}: download → subtitles → frames → questions (a partition per segment) →
 * companions → tts, each step restartable on its own, so a failed or interrupted run resumes at
 * its first unfinished step or partition (docs/architecture.md#the-job-graph).
 */
@Configuration(proxyBeanMethods = false)
class IngestVideoJobConfiguration {

    @Bean
    Job ingestVideo(JobRepository jobRepository, @Qualifier("downloadStep") Step download,
                    @Qualifier("subtitlesStep") Step subtitles, @Qualifier("framesStep") Step frames,
                    @Qualifier("questionsStep") Step questions, @Qualifier("companionsStep") Step companions,
                    @Qualifier("ttsStep") Step tts, Videos videos, FailedSegmentsExit failedSegments) {
        return new JobBuilder(Ingests.INGEST_VIDEO, jobRepository)
                .start(download)
                .next(subtitles)
                .next(frames)
                .next(questions)
                .next(companions)
                .next(tts)
                .listener(new VideoStatusRecorder(videos))
                .listener(failedSegments)
                .build();
    }

    /** The video's row tells the admin lists whether its last ingest ended well. */
    static final class VideoStatusRecorder implements JobExecutionListener {

        private final Videos videos;

        VideoStatusRecorder(Videos videos) {
            this.videos = videos;
        }

        @Override
        public void afterJob(JobExecution execution) {
            String videoId = execution.getJobParameters().getString(IngestParameters.VIDEO_ID);
            if (videoId == null || !videos.exists(videoId)) {
                return;
            }
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                videos.setStatus(videoId, "ready");
            } else if (execution.getStatus() == BatchStatus.FAILED) {
                videos.setStatus(videoId, "failed");
            }
        }
    }
}
