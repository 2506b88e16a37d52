package piggyback.batch.frames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

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
            assertThat(ColourSecondsVideo.shows(frame.jpeg(), ColourSecondsVideo.colourOf(frame.second())))
                    .as("colour of second %d", frame.second()).isTrue();
            assertThat(frame.width()).isEqualTo(160);
            assertThat(frame.height()).isEqualTo(120);
        }
    }

    @Test
    void aRestartResumesAtTheSecondItStoppedAt() throws Exception {
        Path video = ColourSecondsVideo.write(dir.resolve("v.mp4"), 6, 10, 160, 120);

        List<GrabbedFrame> frames = readAll(video, 4);

        assertThat(frames).extracting(GrabbedFrame::second).containsExactly(4, 5);
        assertThat(ColourSecondsVideo.shows(frames.get(0).jpeg(), ColourSecondsVideo.colourOf(4))).isTrue();
    }

    @Test
    void aVideoWithFewerFramesThanSecondsRepeatsThePictureOnScreen() throws Exception {
        // one frame a second: every second still gets a picture
        Path video = ColourSecondsVideo.write(dir.resolve("slow.mp4"), 4, 1, 64, 48);

        assertThat(readAll(video, 0)).extracting(GrabbedFrame::second).containsExactly(0, 1, 2, 3);
    }

    @Test
    void framesAreJpegsOfTheVideosSize() throws Exception {
        Path video = ColourSecondsVideo.write(dir.resolve("v.mp4"), 2, 10, 160, 120);
        GrabbedFrame frame = readAll(video, 0).get(1);

        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(frame.jpeg()));

        assertThat(picture.getWidth()).isEqualTo(160);
        assertThat(picture.getHeight()).isEqualTo(120);
        assertThat(ColourSecondsVideo.shows(picture, ColourSecondsVideo.colourOf(1))).isTrue();
    }

    @Test
    void blocksDecodedSideBySideGiveEverySecondOnceInOrderWithItsOwnPicture() throws Exception {
        // three blocks and a bit: the later ones are decoded by other decoders, each after a seek
        int seconds = 3 * FramesAhead.BLOCK_SECONDS + 7;
        Path video = ColourSecondsVideo.write(dir.resolve("long.mp4"), seconds, 2, 64, 48);

        List<GrabbedFrame> frames = readAll(video, 0);

        assertThat(frames).extracting(GrabbedFrame::second).containsExactlyElementsOf(
                IntStream.range(0, seconds).boxed().toList());
        for (GrabbedFrame frame : frames) {
            assertThat(ColourSecondsVideo.shows(frame.jpeg(), ColourSecondsVideo.colourOf(frame.second())))
                    .as("colour of second %d", frame.second()).isTrue();
        }
    }

    @Test
    void oneDecoderGivesTheSameFramesAsSeveral() throws Exception {
        int seconds = 2 * FramesAhead.BLOCK_SECONDS + 3;
        Path video = ColourSecondsVideo.write(dir.resolve("same.mp4"), seconds, 2, 64, 48);
        List<GrabbedFrame> several = readAll(video, 0);

        List<GrabbedFrame> one = new ArrayList<>();
        try (FrameCursor cursor = extractor.cursor(video, 0)) {
            for (GrabbedFrame frame = cursor.next(); frame != null; frame = cursor.next()) {
                one.add(frame);
            }
        }

        assertThat(several).hasSameSizeAs(one);
        for (int i = 0; i < one.size(); i++) {
            assertThat(several.get(i).jpeg()).as("second %d", i).isEqualTo(one.get(i).jpeg());
        }
    }

    @Test
    void aFileThatIsNotAVideoIsAClearError() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.mp4"), "this is not a video");

        assertThatThrownBy(() -> extractor.open(text, 0, Integer.MAX_VALUE)).isInstanceOf(FrameExtractionException.class)
                .hasMessageContaining("cannot open the video");
    }

    private List<GrabbedFrame> readAll(Path video, int from) {
        List<GrabbedFrame> frames = new ArrayList<>();
        try (FramesAhead cursor = extractor.open(video, from, Integer.MAX_VALUE)) {
            for (GrabbedFrame frame = cursor.next(); frame != null; frame = cursor.next()) {
                frames.add(frame);
            }
        }
        return frames;
    }
}
