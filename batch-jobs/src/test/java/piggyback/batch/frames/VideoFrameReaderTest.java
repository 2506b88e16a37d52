package piggyback.batch.frames;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;

import piggyback.batch.BatchTest;
import piggyback.storage.media.MediaStore;
import piggyback.storage.videos.MediaKeys;

/**
 * The frames reader decodes ahead of the step, but where a restarted step resumes is the second
 * after the last frame it handed out, never one only decoded; and a partition stops at its end.
 */
class VideoFrameReaderTest extends BatchTest {

    @TempDir
    Path dir;

    @Autowired
    MediaStore store;
    @Autowired
    FrameExtractor extractor;

    @Test
    void aRestartResumesAfterTheLastFrameHandedOutNotTheLastDecoded() throws Exception {
        String video = storedVideo(60);
        ExecutionContext context = new ExecutionContext();
        VideoFrameReader reader = new VideoFrameReader(video, store, extractor);
        reader.open(context);
        List<GrabbedFrame> first = read(reader, 25);
        Thread.sleep(300); // the decoder is a chunk ahead by now
        reader.update(context);
        reader.close();

        assertThat(context.getInt(VideoFrameReader.NEXT_SECOND)).isEqualTo(25);
        assertThat(first).extracting(GrabbedFrame::second).containsExactlyElementsOf(range(0, 25));

        VideoFrameReader resumed = new VideoFrameReader(video, store, extractor);
        resumed.open(context);
        List<GrabbedFrame> rest = read(resumed, Integer.MAX_VALUE);
        resumed.close();
        assertThat(rest).extracting(GrabbedFrame::second).containsExactlyElementsOf(range(25, 60));
        for (GrabbedFrame frame : rest) {
            assertThat(ColourSecondsVideo.shows(frame.jpeg(), ColourSecondsVideo.colourOf(frame.second())))
                    .as("colour of second %d", frame.second()).isTrue();
        }
    }

    @Test
    void aPartitionStopsBeforeItsEndSecond() throws Exception {
        String video = storedVideo(30);
        ExecutionContext context = new ExecutionContext();
        context.putInt(VideoFrameReader.NEXT_SECOND, 10);
        context.putInt(VideoFrameReader.END_SECOND, 20);
        VideoFrameReader reader = new VideoFrameReader(video, store, extractor);
        reader.open(context);

        List<GrabbedFrame> frames = read(reader, Integer.MAX_VALUE);
        reader.update(context);
        reader.close();

        assertThat(frames).extracting(GrabbedFrame::second).containsExactlyElementsOf(range(10, 20));
        assertThat(context.getInt(VideoFrameReader.NEXT_SECOND)).isEqualTo(20);
    }

    private static List<GrabbedFrame> read(VideoFrameReader reader, int most) {
        List<GrabbedFrame> frames = new ArrayList<>();
        GrabbedFrame frame;
        while (frames.size() < most && (frame = reader.read()) != null) {
            frames.add(frame);
        }
        return frames;
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> seconds = new ArrayList<>();
        for (int second = from; second < to; second++) {
            seconds.add(second);
        }
        return seconds;
    }

    private String storedVideo(int seconds) throws Exception {
        String video = "read_" + UUID.randomUUID().toString().substring(0, 8);
        // 160x120: at 96x64 the test encoder's pictures are not the colours drawn, whatever the reader
        Path file = ColourSecondsVideo.write(dir.resolve(video + ".mp4"), seconds, 5, 160, 120);
        store.put(MediaKeys.source(video), Files.readAllBytes(file), "video/mp4");
        return video;
    }
}
