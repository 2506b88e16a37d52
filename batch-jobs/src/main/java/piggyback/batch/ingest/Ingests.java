package piggyback.batch.ingest;

import java.util.Optional;
import java.util.UUID;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.stereotype.Service;

import piggyback.batch.IngestParameters;
import piggyback.batch.download.DownloadError;
import piggyback.batch.download.DownloadFailure;
import piggyback.batch.download.SourceDownload;
import piggyback.batch.download.SourceUrl;
import piggyback.batch.download.SourceUrls;
import piggyback.batch.VideoIds;
import piggyback.batch.download.VideoMetadata;
import piggyback.batch.runs.PipelineRunException;
import piggyback.batch.runs.PipelineRuns;
import piggyback.batch.runs.RunPriority;
import piggyback.storage.videos.Videos;

/**
 * Starts ingestVideo runs (docs/architecture.md#the-job-graph): the video id is an identifying parameter, so one
 * video never has two runs at once, and each ingest gets its own instance, so a video can be
 * ingested again later. Every run waits its turn in the admission queue; a playlist's videos
 * wait behind what an admin asked for.
 */
@Service
public class Ingests {

    public static final String INGEST_VIDEO = "ingestVideo";
    public static final String INTERVAL_SECONDS = "interval_seconds";
    public static final String START_SECONDS = "start_seconds";
    public static final String REQUESTED_BY = "requested_by";

    private final PipelineRuns runs;
    private final SourceUrls urls;
    private final SourceDownload download;
    private final Videos videos;

    Ingests(PipelineRuns runs, SourceUrls urls, SourceDownload download, Videos videos) {
        this.runs = runs;
        this.urls = urls;
        this.download = download;
        this.videos = videos;
    }

    /** A started run and the video it ingests. */
    public record Started(long executionId, String videoId) {
    }

    /**
     * Probes the address for the video's id, then starts the run.
     *
     * @throws DownloadFailure for an address that is not allowed or that yt-dlp cannot read
     */
    public Started video(String address, int intervalSeconds, int startSeconds, String requestedBy) {
        SourceUrl url = urls.parse(address);
        return start(probedId(url), url.text(), intervalSeconds, startSeconds, requestedBy, RunPriority.INTERACTIVE);
    }

    /** As {@link #video}, but nothing when the video was ingested completely before (playlists). */
    public Optional<Started> newVideo(String address, int intervalSeconds, String requestedBy) {
        SourceUrl url = urls.parse(address);
        String videoId = probedId(url);
        if (videos.find(videoId).filter(video -> "ready".equals(video.status())).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(start(videoId, url.text(), intervalSeconds, 0, requestedBy, RunPriority.BACKLOG));
    }

    private String probedId(SourceUrl url) {
        VideoMetadata metadata = download.probe(url);
        if (!VideoIds.isValid(metadata.id())) {
            throw new DownloadFailure(DownloadError.UNEXPECTED_ERROR,
                    "Unexpected error: the site gave an unusable video id '" + metadata.id() + "'");
        }
        return metadata.id();
    }

    /** Starts the run of a video already in the store (an upload, or a re-run). */
    public Started stored(String videoId, int intervalSeconds, int startSeconds, String requestedBy) {
        return stored(videoId, intervalSeconds, startSeconds, requestedBy, RunPriority.INTERACTIVE);
    }

    /** As {@link #stored(String, int, int, String)}, waiting in the queue with this priority. */
    public Started stored(String videoId, int intervalSeconds, int startSeconds, String requestedBy,
                          RunPriority priority) {
        return start(videoId, null, intervalSeconds, startSeconds, requestedBy, priority);
    }

    private Started start(String videoId, String sourceUrl, int intervalSeconds, int startSeconds, String requestedBy,
                          RunPriority priority) {
        if (!runs.running(INGEST_VIDEO, IngestParameters.VIDEO_ID, videoId).isEmpty()) {
            throw new PipelineRunException(PipelineRunException.Kind.CONFLICT,
                    "Video " + videoId + " is being ingested already");
        }
        JobParametersBuilder parameters = new JobParametersBuilder()
                .addString(IngestParameters.VIDEO_ID, videoId)
                .addString("ingest", UUID.randomUUID().toString())
                .addLong(INTERVAL_SECONDS, (long) intervalSeconds, false)
                .addLong(START_SECONDS, (long) startSeconds, false)
                .addString(REQUESTED_BY, requestedBy == null ? "system" : requestedBy, false)
                .addLong(RunPriority.PARAMETER, priority.rank(), false);
        if (sourceUrl != null) {
            parameters.addString(IngestParameters.SOURCE_URL, sourceUrl, false);
        }
        JobParameters built = parameters.toJobParameters();
        return new Started(runs.start(INGEST_VIDEO, built), videoId);
    }
}
