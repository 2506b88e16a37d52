package piggyback.batch.frames;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import piggyback.storage.media.MediaStore;
import piggyback.storage.videos.MediaKeys;

/**
 * Reads a stored video one second at a time, decoded ahead on threads of their own
 * ({@link FramesAhead}). The next second is kept in the step's execution
 * context at every commit, so a restarted step resumes there instead of at the start. A frames
 * partition (remote mode) finds where it starts and the second it stops before in its context
 * too; without {@link #END_SECOND} the reader goes to the end of the video.
 */
class VideoFrameReader implements ItemStreamReader<GrabbedFrame> {

    static final String NEXT_SECOND = "frames.next_second";
    static final String END_SECOND = "frames.end_second";

    private final String videoId;
    private final MediaStore store;
    private final FrameExtractor extractor;
    private Path localCopy;
    private FramesAhead frames;

    VideoFrameReader(String videoId, MediaStore store, FrameExtractor extractor) {
        this.videoId = videoId;
        this.store = store;
        this.extractor = extractor;
    }

    @Override
    public void open(ExecutionContext context) {
        // FFmpeg seeks in a file; the store's stream is read once into a temporary copy
        try (InputStream source = store.get(MediaKeys.source(videoId))) {
            localCopy = Files.createTempFile("pb-frames-" + videoId + "-", ".mp4");
            Files.copy(source, localCopy, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the video " + videoId + " from the store", e);
        }
        frames = extractor.open(localCopy, context.getInt(NEXT_SECOND, 0), context.getInt(END_SECOND, Integer.MAX_VALUE));
    }

    @Override
    public GrabbedFrame read() {
        return frames.next();
    }

    @Override
    public void update(ExecutionContext context) {
        if (frames != null) {
            context.putInt(NEXT_SECOND, frames.nextSecond());
        }
    }

    @Override
    public void close() {
        try {
            if (frames != null) {
                frames.close();
            }
        } finally {
            frames = null;
            if (localCopy != null) {
                localCopy.toFile().delete();
                localCopy = null;
            }
        }
    }
}
