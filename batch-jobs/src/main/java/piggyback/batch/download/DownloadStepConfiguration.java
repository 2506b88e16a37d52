package piggyback.batch.download;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import piggyback.batch.IngestParameters;

/**
 * The {@code downloadStep} of {@code ingestVideo}: the video of {@code source_url}, or the
 * uploaded file already in the store, becomes {@code videos/<id>/source.mp4} and its row. A
 * re-run finds the stored source intact and downloads nothing.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DownloadProperties.class)
class DownloadStepConfiguration {

    @Bean
    Step downloadStep(JobRepository jobRepository, SourceDownload download, SourceUrls urls) {
        // no transaction around the tasklet: a download takes minutes, and its row writes are
        // idempotent upserts that need no rollback
        return new StepBuilder("download", jobRepository)
                .tasklet(tasklet(download, urls), new ResourcelessTransactionManager())
                .build();
    }

    private static Tasklet tasklet(SourceDownload download, SourceUrls urls) {
        return (contribution, chunk) -> {
            StepExecution step = contribution.getStepExecution();
            JobParameters parameters = step.getJobParameters();
            String videoId = IngestParameters.videoId(parameters);
            String url = IngestParameters.sourceUrl(parameters);
            StoredSource stored = url == null ? download.storedUpload(videoId)
                    : download.fromUrl(videoId, urls.parse(url));
            IngestParameters.setUsedPlayerClient(step.getJobExecution(), stored.usedPlayerClient());
            if (stored.reused()) {
                contribution.setExitStatus(ExitStatus.COMPLETED.addExitDescription(
                        "the stored source is intact: nothing downloaded"));
            } else {
                contribution.incrementWriteCount(stored.files().size());
            }
            return RepeatStatus.FINISHED;
        };
    }
}
