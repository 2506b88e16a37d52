package piggyback.batch.frames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameExtractorTest {

    @TempDir
    Path dir;

    private final FrameExtractor extractor = new FrameExtractor();

    @Test
    void everyWholeSecondGivesTheFrameShownThen() throws Exception {
        Path video = ColourSecondsVideo.write(dir.resolve("v.mp4"), 5, 10, 160, 120);

        List<GrabbedFrame> frames = readAll(video, 0);

        assertThat(frames).extracting(GrabbedFrame::second).containsExactly(0, 1, 2, 3, 4);
        for (GrabbedFrame frame : frames) {
            assertThat(ColourSecondsVideo.shows(frame.image(), ColourSecondsVideo.colourOf(frame.second())))
                    .as("colour of second %d", frame.second()).isTrue();
            assertThat(frame.image().getWidth()).isEqualTo(160);
        }
    }

    @Test
    void aRestartResumesAtTheSecondItStoppedAt() throws Exception {
        Path video = ColourSecondsVideo.write(dir.resolve("v.mp4"), 6, 10, 160, 120);

        List<GrabbedFrame> frames = readAll(video, 4);

        assertThat(frames).extracting(GrabbedFrame::second).containsExactly(4, 5);
        assertThat(ColourSecondsVideo.shows(frames.get(0).image(), ColourSecondsVideo.colourOf(4))).isTrue();
    }

    @Test
    void aVideoWithFewerFramesThanSecondsRepeatsThePictureOnScreen() throws Exception {
        // one frame a second: every second still gets a picture
        Path video = ColourSecondsVideo.write(dir.resolve("slow.mp4"), 4, 1, 64, 48);

        assertThat(readAll(video, 0)).extracting(GrabbedFrame::second).containsExactly(0, 1, 2, 3);
    }

    @Test
    void framesEncodeToReadableJpegs() throws Exception {
        Path video = ColourSecondsVideo.write(dir.resolve("v.mp4"), 2, 10, 160, 120);
        GrabbedFrame frame = readAll(video, 0).get(1);

        byte[] jpeg = JpegEncoder.encode(frame.image(), 0.9f);

        assertThat(ColourSecondsVideo.shows(ImageIO.read(new ByteArrayInputStream(jpeg)),
                ColourSecondsVideo.colourOf(1))).isTrue();
    }

    @Test
    void aFileThatIsNotAVideoIsAClearError() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.mp4"), "this is not a video");

        assertThatThrownBy(() -> extractor.open(text, 0)).isInstanceOf(FrameExtractionException.class)
                .hasMessageContaining("cannot open the video");
    }

    private List<GrabbedFrame> readAll(Path video, int from) {
        List<GrabbedFrame> frames = new ArrayList<>();
        try (FrameCursor cursor = extractor.open(video, from)) {
            for (GrabbedFrame frame = cursor.next(); frame != null; frame = cursor.next()) {
                frames.add(frame);
            }
        }
        return frames;
    }
}
