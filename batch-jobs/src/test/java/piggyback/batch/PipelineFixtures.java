package piggyback.batch;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;

import piggyback.batch.questions.JpegEncoder;
import piggyback.storage.media.MediaStore;
import piggyback.storage.videos.FrameRow;
import piggyback.storage.videos.Frames;
import piggyback.storage.videos.MediaKeys;
import piggyback.storage.videos.Videos;

/** Rows and objects as the download and frames steps leave them, for the questions tests. */
public final class PipelineFixtures {

    private final Videos videos;
    private final Frames frames;
    private final MediaStore store;

    public PipelineFixtures(Videos videos, Frames frames, MediaStore store) {
        this.videos = videos;
        this.frames = frames;
        this.store = store;
    }

    /** A new video of the given length (null: unknown); returns its id. */
    public String video(Double durationSeconds) {
        String id = "vid_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        videos.upsert(id, "upload", null, "Test video " + id, null, durationSeconds);
        return id;
    }

    /** Frames rows for seconds first … last with their subtitles, and each frame's JPEG in the store. */
    public void frames(String videoId, int first, int last, IntFunction<String> subtitle) {
        framesRows(videoId, first, last, subtitle);
        byte[] jpeg = jpeg(1280, 720);
        for (int second = first; second <= last; second++) {
            store.put(MediaKeys.frame(videoId, second), jpeg, "image/jpeg");
        }
    }

    /** Only the rows: the frames step recorded them, but their images are not in the store. */
    public void framesRows(String videoId, int first, int last, IntFunction<String> subtitle) {
        List<FrameRow> rows = new ArrayList<>();
        for (int second = first; second <= last; second++) {
            rows.add(new FrameRow(second, 1280, 720, subtitle.apply(second)));
        }
        frames.upsertAll(videoId, rows);
    }

    public static byte[] jpeg(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        var graphics = image.createGraphics();
        graphics.setColor(Color.ORANGE);
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.DARK_GRAY);
        graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
        graphics.dispose();
        return JpegEncoder.encode(image, 0.9f);
    }
}
