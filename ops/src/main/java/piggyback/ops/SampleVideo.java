package piggyback.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.context.ApplicationContext;

import piggyback.batch.download.SourceDownload;
import piggyback.batch.ingest.Ingests;
import piggyback.storage.media.MediaStore;
import piggyback.storage.videos.MediaKeys;
import piggyback.storage.videos.Videos;

/**
 * The quick start's sample: on a first run (no video yet) the bundled story with its English
 * subtitles is uploaded and ingested like any video, so a newcomer sees frames, questions and
 * companion lines without bringing a video.
 */
final class SampleVideo {

    static final String VIDEO_ID = "piggy-picnic";
    static final String TITLE = "Pip and Bella's Picnic";
    /** Short segments, so the one-minute story asks several questions. */
    static final int INTERVAL_SECONDS = 20;

    private SampleVideo() {
    }

    /** Starts the sample's ingest when the store has no video yet; returns its run, or -1. */
    static long ingestOnFirstRun(ApplicationContext context) {
        Videos videos = context.getBean(Videos.class);
        if (!videos.all().isEmpty()) {
            return -1;
        }
        Path copy = null;
        try (InputStream mp4 = resource("piggy-picnic.mp4"); InputStream vtt = resource("piggy-picnic.vtt")) {
            copy = Files.createTempFile("pb-sample-", ".mp4");
            Files.copy(mp4, copy, StandardCopyOption.REPLACE_EXISTING);
            context.getBean(SourceDownload.class).fromUpload(VIDEO_ID, copy, TITLE);
            // stored subtitles are used as they are, as for a download that came with them
            context.getBean(MediaStore.class).put(MediaKeys.subtitles(VIDEO_ID), vtt.readAllBytes(), "text/vtt");
            return context.getBean(Ingests.class).stored(VIDEO_ID, INTERVAL_SECONDS, 0, "quickstart").executionId();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled sample video", e);
        } finally {
            if (copy != null) {
                copy.toFile().delete();
            }
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = SampleVideo.class.getResourceAsStream("/sample/" + name);
        if (in == null) {
            throw new IOException("the sample " + name + " is missing from the ops jar");
        }
        return in;
    }
}
