package piggyback.batch.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import piggyback.storage.videos.FrameRow;

/** Which frames a prompt gets, and how small. */
class FrameSamplerTest {

    @Test
    void upToFiveFramesAreAllTaken() {
        assertThat(seconds(FrameSampler.sample(frames(1)))).containsExactly(100);
        assertThat(seconds(FrameSampler.sample(frames(5)))).containsExactly(100, 101, 102, 103, 104);
    }

    @Test
    void moreThanFiveAreTakenEveryNDivFiveFromTheFirstFiveAtMost() {
        assertThat(seconds(FrameSampler.sample(frames(6)))).containsExactly(100, 101, 102, 103, 104);
        assertThat(seconds(FrameSampler.sample(frames(7)))).containsExactly(100, 101, 102, 103, 104);
        assertThat(seconds(FrameSampler.sample(frames(9)))).containsExactly(100, 101, 102, 103, 104);
        assertThat(seconds(FrameSampler.sample(frames(10)))).containsExactly(100, 102, 104, 106, 108);
        assertThat(seconds(FrameSampler.sample(frames(11)))).containsExactly(100, 102, 104, 106, 108);
        assertThat(seconds(FrameSampler.sample(frames(12)))).containsExactly(100, 102, 104, 106, 108);
        assertThat(seconds(FrameSampler.sample(frames(15)))).containsExactly(100, 103, 106, 109, 112);
        assertThat(seconds(FrameSampler.sample(frames(60)))).containsExactly(100, 112, 124, 136, 148);
    }

    @Test
    void noFramesGiveNoSample() {
        assertThat(FrameSampler.sample(List.of())).isEmpty();
    }

    @Test
    void aWideFrameShrinksToFitKeepingItsShape() {
        BufferedImage fitted = ImageFit.within(image(1280, 720), 512);
        assertThat(fitted.getWidth()).isEqualTo(512);
        assertThat(fitted.getHeight()).isEqualTo(288);
    }

    @Test
    void aTallFrameShrinksByItsHeight() {
        BufferedImage fitted = ImageFit.within(image(600, 2000), 512);
        assertThat(fitted.getHeight()).isEqualTo(512);
        assertThat(fitted.getWidth()).isEqualTo(154);
    }

    @Test
    void aSmallFrameIsNeverEnlarged() {
        BufferedImage fitted = ImageFit.within(image(300, 200), 512);
        assertThat(fitted.getWidth()).isEqualTo(300);
        assertThat(fitted.getHeight()).isEqualTo(200);
        assertThat(fitted.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
    }

    @Test
    void shrinkingKeepsThePicture() {
        BufferedImage source = image(1920, 1080);
        BufferedImage fitted = ImageFit.within(source, 512);
        // the left half is red and the right half blue in the source: still so when shrunk
        assertThat(new Color(fitted.getRGB(50, 100))).isEqualTo(Color.RED);
        assertThat(new Color(fitted.getRGB(fitted.getWidth() - 50, 100))).isEqualTo(Color.BLUE);
    }

    private static BufferedImage image(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        var graphics = image.createGraphics();
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, width / 2, height);
        graphics.setColor(Color.BLUE);
        graphics.fillRect(width / 2, 0, width - width / 2, height);
        graphics.dispose();
        return image;
    }

    private static List<FrameRow> frames(int count) {
        return IntStream.range(0, count).mapToObj(i -> new FrameRow(100 + i, 64, 36, null)).toList();
    }

    private static List<Integer> seconds(List<FrameRow> frames) {
        return frames.stream().map(FrameRow::second).toList();
    }
}
