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
 * A chunk's frames are encoded in parallel: JPEG encoding is the step's other big cost after
 * decoding, and the decoder waits while a chunk is written.
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
        List<EncodedFrame> encoded = chunk.getItems().parallelStream()
                .map(frame -> new EncodedFrame(frame.second(), frame.image().getWidth(), frame.image().getHeight(),
                        JpegEncoder.encode(frame.image(), JPEG_QUALITY)))
                .toList();
        List<FrameRow> rows = new ArrayList<>();
        for (EncodedFrame frame : encoded) {
            store.put(MediaKeys.frame(videoId, frame.second()), frame.jpeg(), "image/jpeg");
            rows.add(new FrameRow(frame.second(), frame.width(), frame.height(), subtitles.textAt(frame.second())));
        }
        frames.upsertAll(videoId, rows);
    }
}
