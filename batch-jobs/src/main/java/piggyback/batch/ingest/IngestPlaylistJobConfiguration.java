package piggyback.batch.ingest;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import piggyback.batch.download.DownloadFailure;
import piggyback.batch.download.SourceUrls;
import piggyback.batch.download.VideoDownloader;
import piggyback.batch.playlists.PlaylistSchedules;
import piggyback.batch.runs.PipelineRunException;

/**
 * {@code ingestPlaylist}: expands the playlist (yt-dlp's flat playlist) and starts ingestVideo for
 * each video not yet ingested. What it started is kept in the step's execution context.
 */
@Configuration(proxyBeanMethods = false)
class IngestPlaylistJobConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IngestPlaylistJobConfiguration.class);
    /** The step context's list of the runs started, {@code videoId=executionId,…} ({@link PlaylistVideos} reads it). */
    static final String STARTED = "started";

    @Bean
    Job ingestPlaylist(JobRepository jobRepository, PlatformTransactionManager transactions, SourceUrls urls,
                       VideoDownloader downloader, Ingests ingests) {
        return new JobBuilder(PlaylistSchedules.INGEST_PLAYLIST, jobRepository)
                .start(new StepBuilder("expandPlaylist", jobRepository).tasklet((contribution, context) -> {
                    var parameters = context.getStepContext().getStepExecution().getJobParameters();
                    String playlist = parameters.getString("playlist_url");
                    Long interval = parameters.getLong(Ingests.INTERVAL_SECONDS);
                    List<String> started = new ArrayList<>();
                    int skipped = 0;
                    for (String entry : downloader.playlistEntries(urls.parse(playlist))) {
                        try {
                            ingests.newVideo(entry, interval == null ? 60 : interval.intValue(), "playlist")
                                    .ifPresent(run -> started.add(run.videoId() + "=" + run.executionId()));
                        } catch (DownloadFailure | PipelineRunException e) {
                            // one bad or busy video must not stop the rest of the playlist
                            skipped++;
                            log.warn("playlist {}: skipped {}: {}", playlist, entry, e.getMessage());
                        }
                    }
                    contribution.incrementWriteCount(started.size());
                    contribution.incrementFilterCount(skipped);
                    context.getStepContext().getStepExecution().getExecutionContext()
                            .putString(STARTED, String.join(",", started));
                    return RepeatStatus.FINISHED;
                }, transactions).build())
                .build();
    }
}
