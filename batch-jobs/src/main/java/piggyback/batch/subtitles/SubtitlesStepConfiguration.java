package piggyback.batch.subtitles;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import piggyback.batch.IngestParameters;
import piggyback.batch.download.SourceUrl;
import piggyback.batch.download.SourceUrls;

/**
 * The {@code subtitlesStep} of {@code ingestVideo}: the English subtitles of {@code source_url}
 * become the video's cues (none for an uploaded video). Its write count is the number of cues;
 * a subtitle warning is also the step's exit description.
 */
@Configuration(proxyBeanMethods = false)
class SubtitlesStepConfiguration {

    @Bean
    Step subtitlesStep(JobRepository jobRepository, SubtitleImport subtitles, SourceUrls urls) {
        // the fetch runs outside any transaction; the cues are replaced in their own
        return new StepBuilder("subtitles", jobRepository)
                .tasklet(tasklet(subtitles, urls), new ResourcelessTransactionManager())
                .build();
    }

    private static Tasklet tasklet(SubtitleImport subtitles, SourceUrls urls) {
        return (contribution, chunk) -> {
            StepExecution step = contribution.getStepExecution();
            JobParameters parameters = step.getJobParameters();
            String url = IngestParameters.sourceUrl(parameters);
            SourceUrl source = url == null ? null : urls.parse(url);
            SubtitleOutcome outcome = subtitles.importFor(IngestParameters.videoId(parameters), source,
                    IngestParameters.usedPlayerClient(step.getJobExecution()));
            contribution.incrementWriteCount(outcome.cues());
            if (outcome.warning() != null) {
                contribution.setExitStatus(ExitStatus.COMPLETED.addExitDescription(outcome.warning()));
            }
            return RepeatStatus.FINISHED;
        };
    }
}
