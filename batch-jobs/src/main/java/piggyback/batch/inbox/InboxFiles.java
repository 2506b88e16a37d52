package piggyback.batch.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import piggyback.batch.VideoIds;
import piggyback.batch.download.DownloadFailure;
import piggyback.batch.download.SourceDownload;
import piggyback.batch.ingest.Ingests;
import piggyback.batch.runs.PipelineRunException;
import piggyback.batch.runs.RunPriority;
import piggyback.storage.videos.Videos;

/**
 * One complete file from the inbox: checked that it plays and stored as an upload (nothing is
 * kept of a file that does not), its ingest queued behind what admins asked for, then moved to
 * {@code processed/}; a refused file goes to {@code failed/} with the reason beside it.
 */
final class InboxFiles {

    private static final Logger log = LoggerFactory.getLogger(InboxFiles.class);
    private static final int DEFAULT_INTERVAL = 60;

    private final Inbox inbox;
    private final SourceDownload download;
    private final Ingests ingests;
    private final Videos videos;

    InboxFiles(Inbox inbox, SourceDownload download, Ingests ingests, Videos videos) {
        this.inbox = inbox;
        this.download = download;
        this.ingests = ingests;
        this.videos = videos;
    }

    void take(Path file) {
        try {
            Ingests.Started started = ingest(file);
            inbox.processed(file);
            log.info("inbox: {} is video {}, run {}", file.getFileName(), started.videoId(), started.executionId());
        } catch (InboxRefusal | DownloadFailure | PipelineRunException refused) {
            fail(file, refused.getMessage());
        } catch (RuntimeException e) {
            log.error("inbox: {} could not be ingested", file.getFileName(), e);
            fail(file, "Unexpected error; the server log has the details.");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + file + " out of the inbox", e);
        }
    }

    private Ingests.Started ingest(Path file) {
        Sidecar sidecar = Sidecar.read(Inbox.sidecar(file));
        String stem = Inbox.stem(file);
        String videoId = sidecar.videoId() != null ? sidecar.videoId() : VideoIds.fromToolId(stem);
        if (videos.exists(videoId)) {
            throw new InboxRefusal("A video with id " + videoId + " exists already; rename the file or give another"
                    + " video_id in " + stem + Inbox.SIDECAR);
        }
        String title = sidecar.title() != null ? sidecar.title()
                : stem.length() > Sidecar.MAX_TITLE ? stem.substring(0, Sidecar.MAX_TITLE) : stem;
        download.fromUpload(videoId, file, title);
        int interval = sidecar.intervalSeconds() != null ? sidecar.intervalSeconds() : DEFAULT_INTERVAL;
        return ingests.stored(videoId, interval, 0, "inbox", RunPriority.BACKLOG);
    }

    private void fail(Path file, String reason) {
        log.warn("inbox: {} refused: {}", file.getFileName(), reason);
        try {
            inbox.failed(file, reason);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + file + " to failed/", e);
        }
    }
}
