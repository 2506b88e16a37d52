package piggyback.batch.frames;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import piggyback.storage.media.MediaStore;
import piggyback.storage.videos.FrameRow;
import piggyback.storage.videos.Frames;
import piggyback.storage.videos.MediaKeys;

/**
 * Stores each frame as {@code frames/<second>.jpg} and its row with the subtitle text of that
 * second. Keys and rows are per (video, second), so a re-run chunk overwrites, never duplicates.
 * A chunk's frames are stored in parallel, since each store call is a round trip; the rows follow in one
 * statement.
 */
class FrameWriter implements ItemWriter<GrabbedFrame> {

    private final String videoId;
    private final MediaStore store;
    private final Frames frames;
    private final SubtitleTimeline subtitles;

    FrameWriter(String videoId, MediaStore store, Frames frames, SubtitleTimeline subtitles) {
        this.videoId = videoId;
        this.store = store;
        this.frames = frames;
        this.subtitles = subtitles;
    }

    @Override
    public void write(Chunk<? extends GrabbedFrame> chunk) {
        // the store's round trips overlap instead of adding up
        chunk.getItems().parallelStream()
                .forEach(frame -> store.put(MediaKeys.frame(videoId, frame.second()), frame.jpeg(), "image/jpeg"));
        List<FrameRow> rows = new ArrayList<>();
        for (GrabbedFrame frame : chunk.getItems()) {
            rows.add(new FrameRow(frame.second(), frame.width(), frame.height(), subtitles.textAt(frame.second())));
        }
        frames.upsertAll(videoId, rows);
    }
}
