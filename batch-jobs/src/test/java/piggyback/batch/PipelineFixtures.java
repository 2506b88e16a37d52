package piggyback.batch;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.UUID;
import java.util.function.IntFunction;

import org.springframework.jdbc.core.simple.JdbcClient;

import piggyback.batch.frames.JpegEncoder;
import piggyback.storage.media.MediaStore;
import piggyback.storage.videos.MediaKeys;
import piggyback.storage.videos.Videos;

/** Rows and objects as the download and frames steps leave them, for the questions tests. */
public final class PipelineFixtures {

    private final JdbcClient jdbc;
    private final Videos videos;
    private final MediaStore store;

    public PipelineFixtures(JdbcClient jdbc, Videos videos, MediaStore store) {
        this.jdbc = jdbc;
        this.videos = videos;
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
        for (int second = first; second <= last; second++) {
            jdbc.sql("INSERT INTO frames (video_id, second, width, height, subtitle_text) VALUES (?, ?, 1280, 720, ?)")
                    .params(videoId, second, subtitle.apply(second)).update();
        }
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
