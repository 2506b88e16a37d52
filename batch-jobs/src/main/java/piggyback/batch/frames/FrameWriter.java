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
 * A chunk's frames are encoded and stored in parallel: JPEG encoding is the step's other big cost
 * after decoding, and each store call is a round trip; the rows follow in one statement.
 */
class FrameWriter implements ItemWriter<GrabbedFrame> {

    static final float JPEG_QUALITY = 0.9f;

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
        // each frame encoded and stored on its own: the store's round trips overlap instead of adding up
        List<EncodedFrame> stored = chunk.getItems().parallelStream()
                .map(frame -> {
                    EncodedFrame encoded = new EncodedFrame(frame.second(), frame.image().getWidth(),
                            frame.image().getHeight(), JpegEncoder.encode(frame.image(), JPEG_QUALITY));
                    store.put(MediaKeys.frame(videoId, encoded.second()), encoded.jpeg(), "image/jpeg");
                    return encoded;
                })
                .toList();
        List<FrameRow> rows = new ArrayList<>();
        for (EncodedFrame frame : stored) {
            rows.add(new FrameRow(frame.second(), frame.width(), frame.height(), subtitles.textAt(frame.second())));
        }
        frames.upsertAll(videoId, rows);
    }
}
