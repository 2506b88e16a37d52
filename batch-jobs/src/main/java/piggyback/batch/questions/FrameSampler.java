package piggyback.batch.questions;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import piggyback.storage.media.MediaStore;
import piggyback.storage.videos.FrameRow;
import piggyback.storage.videos.MediaKeys;

/** Picks up to five frames of a segment and encodes them small for a prompt. */
@Component
public class FrameSampler {

    static final int MAX_FRAMES = 5;
    static final int MAX_SIDE = 512;
    static final float JPEG_QUALITY = 0.85f;

    private static final Logger log = LoggerFactory.getLogger(FrameSampler.class);

    private final MediaStore store;

    FrameSampler(MediaStore store) {
        this.store = store;
    }

    /** With more than five frames, every (n/5)-th from the first, five at most; else all of them. */
    public static List<FrameRow> sample(List<FrameRow> frames) {
        if (frames.size() <= MAX_FRAMES) {
            return List.copyOf(frames);
        }
        int step = frames.size() / MAX_FRAMES;
        List<FrameRow> sampled = new ArrayList<>();
        for (int i = 0; i < frames.size() && sampled.size() < MAX_FRAMES; i += step) {
            sampled.add(frames.get(i));
        }
        return sampled;
    }

    /**
     * The frames' images, each shrunk to fit 512×512 and encoded as JPEG q85. A frame that is
     * missing from the store or cannot be decoded is skipped; a store that fails is an error.
     */
    public List<FrameImage> encode(String videoId, List<FrameRow> frames) {
        List<FrameImage> images = new ArrayList<>();
        for (FrameRow frame : frames) {
            String key = MediaKeys.frame(videoId, frame.second());
            if (store.stat(key).isEmpty()) {
                log.warn("frame {} of video {} is not in the store; skipped", frame.second(), videoId);
                continue;
            }
            BufferedImage image = decode(store.getBytes(key));
            if (image == null) {
                log.warn("frame {} of video {} is not a readable image; skipped", frame.second(), videoId);
                continue;
            }
            byte[] jpeg = JpegEncoder.encode(ImageFit.within(image, MAX_SIDE), JPEG_QUALITY);
            images.add(new FrameImage(frame.second(), Base64.getEncoder().encodeToString(jpeg)));
        }
        return images;
    }

    private static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }
}
