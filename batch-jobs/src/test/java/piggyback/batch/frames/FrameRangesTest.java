package piggyback.batch.frames;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;

import piggyback.batch.BatchTest;
import piggyback.batch.testing.VideoFixtures;
import piggyback.storage.media.MediaStore;
import piggyback.storage.videos.MediaKeys;

/**
 * Remote mode's frames partitions read the same pictures as the local step's one pass: every
 * second once, in exactly one range, with byte-identical JPEGs, whether or not the recorded
 * duration matches the video.
 */
class FrameRangesTest extends BatchTest {

    @Autowired
    MediaStore store;
    @Autowired
    FrameExtractor extractor;

    @Test
    void rangesOfSecondsMakeExactlyTheFramesOfOnePass() throws Exception {
        String video = "ranges" + UUID.randomUUID().toString().substring(0, 8);
        store.put(MediaKeys.source(video), Files.readAllBytes(VideoFixtures.media().mp4()), "video/mp4");
        Map<Integer, byte[]> onePass = read(video, new ExecutionContext());
        assertThat(onePass).hasSizeGreaterThanOrEqualTo(4);

        int duration = onePass.size();
        for (Integer recorded : new Integer[] {duration, duration - 1, duration + 3, null}) {
            Map<Integer, byte[]> ranges = new TreeMap<>();
            for (ExecutionContext range : new FrameRangePartitioner(recorded, 2).partition(0).values()) {
                Map<Integer, byte[]> part = read(video, range);
                part.keySet().forEach(second -> assertThat(ranges).as("second read twice").doesNotContainKey(second));
                ranges.putAll(part);
            }
            assertThat(ranges.keySet()).as("recorded duration %s", recorded).isEqualTo(onePass.keySet());
            ranges.forEach((second, jpeg) -> assertThat(jpeg).as("second %d", second).isEqualTo(onePass.get(second)));
        }
    }

    private Map<Integer, byte[]> read(String video, ExecutionContext context) {
        VideoFrameReader reader = new VideoFrameReader(video, store, extractor);
        Map<Integer, byte[]> frames = new TreeMap<>();
        reader.open(context);
        try {
            for (GrabbedFrame frame = reader.read(); frame != null; frame = reader.read()) {
                frames.put(frame.second(), frame.jpeg());
            }
        } finally {
            reader.close();
        }
        return frames;
    }
}
