package piggyback.batch.frames;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Service;

import piggyback.storage.media.MediaStore;
import piggyback.storage.videos.Frames;
import piggyback.storage.videos.Videos;

/**
 * The frames step's work for one stored video, run at once rather than as a job: the seed's
 * synchronous {@code POST /api/frames/{video_id}} uses it. Same reader, writer and objects as the
 * step, so both leave the same frames.
 */
@Service
public class StoredVideoFrames {

    private final MediaStore store;
    private final FrameExtractor extractor;
    private final Frames frames;
    private final Videos videos;
    private final SubtitleTimelines timelines;

    StoredVideoFrames(MediaStore store, FrameExtractor extractor, Frames frames, Videos videos,
                      SubtitleTimelines timelines) {
        this.store = store;
        this.extractor = extractor;
        this.frames = frames;
        this.videos = videos;
        this.timelines = timelines;
    }

    /**
     * Extracts every second's frame; returns how many frames the video now has.
     *
     * @throws FrameExtractionException when the stored video cannot be decoded
     */
    public int extract(String videoId) {
        VideoFrameReader reader = new VideoFrameReader(videoId, store, extractor);
        FrameWriter writer = new FrameWriter(videoId, store, frames, timelines.of(videoId));
        reader.open(new ExecutionContext());
        try {
            List<GrabbedFrame> chunk = new ArrayList<>();
            for (GrabbedFrame frame = reader.read(); frame != null; frame = reader.read()) {
                chunk.add(frame);
                if (chunk.size() == FramesStepConfiguration.CHUNK) {
                    writer.write(new Chunk<>(chunk));
                    chunk = new ArrayList<>();
                }
            }
            if (!chunk.isEmpty()) {
                writer.write(new Chunk<>(chunk));
            }
        } finally {
            reader.close();
        }
        int count = frames.count(videoId);
        videos.setFrameCount(videoId, count);
        videos.setStatus(videoId, "frames_ready");
        return count;
    }
}
