package piggyback.batch.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ShortBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import piggyback.batch.testing.VideoFixtures;

/** The in-process JavaCV work on downloaded files: MP4 repair, playability, thumbnails. */
class MediaFilesTest {

    @TempDir
    Path folder;

    @Test
    void anMp4IsKeptAsItIs() throws IOException {
        Path mp4 = VideoFixtures.media().mp4();

        assertThat(Mp4Container.isMp4(mp4)).isTrue();
        assertThat(Mp4Container.ensureMp4(mp4, folder)).isEqualTo(mp4);
    }

    @Test
    void mpegTsUnderAnMp4NameIsRemuxedIntoAPlayableMp4() throws IOException {
        Path ts = Files.copy(VideoFixtures.media().mpegTs(), folder.resolve("video.mp4"));
        assertThat(Mp4Container.isMp4(ts)).isFalse();

        Path repaired = Mp4Container.ensureMp4(ts, folder);

        assertThat(repaired).isEqualTo(folder.resolve("repaired.mp4"));
        assertThat(Mp4Container.isMp4(repaired)).isTrue();
        VideoFacts facts = VideoFacts.of(repaired);
        assertThat(facts.fps()).isEqualTo(25.0);
        assertThat(facts.duration()).isBetween(3.5, 5.0);
        assertThat(facts.width()).isEqualTo(320);
        assertThat(facts.height()).isEqualTo(240);
    }

    @Test
    void streamsMp4CannotCarryAreReencodedToH264AndAac() throws Exception {
        Path flv = flashVideo(folder.resolve("video.mp4"));

        Path repaired = Mp4Container.ensureMp4(flv, folder);

        assertThat(Mp4Container.isMp4(repaired)).isTrue();
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(repaired.toFile())) {
            grabber.start();
            assertThat(grabber.getVideoCodecName()).isEqualTo("h264");
            assertThat(grabber.getAudioCodecName()).isEqualTo("aac");
            assertThat(grabber.getLengthInTime()).isBetween(1_500_000L, 2_500_000L);
        }
        assertThat(VideoFacts.of(repaired).width()).isEqualTo(160);
    }

    @Test
    void theFixtureClipLastsAsLongAsItsSpeech() throws IOException {
        VideoFacts facts = VideoFacts.of(VideoFixtures.media().mp4());

        assertThat(facts.duration()).isBetween(3.5, 5.0);
        assertThat(facts.fps()).isEqualTo(25.0);
    }

    @Test
    void textIsNeitherAnMp4NorAVideo() throws IOException {
        Path text = Files.writeString(folder.resolve("notes.mp4"), "these are not the pictures you are looking for\n");

        assertThat(Mp4Container.isMp4(text)).isFalse();
        assertThatThrownBy(() -> Mp4Container.ensureMp4(text, folder)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> VideoFacts.of(text)).isInstanceOf(IOException.class)
                .hasMessageContaining("not a readable media file");
        assertThat(folder.resolve("repaired.mp4")).doesNotExist();
    }

    @Test
    void soundAloneHasNoPicture() {
        assertThatThrownBy(() -> VideoFacts.of(VideoFixtures.media().m4a())).isInstanceOf(VideoFacts.NoPicture.class);
    }

    @Test
    void aWebpThumbnailBecomesAJpegAndAJpegStays() throws IOException {
        Path jpeg = Thumbnails.toJpeg(VideoFixtures.media().poster(), folder);

        assertThat(jpeg).isEqualTo(folder.resolve("thumbnail.jpg"));
        BufferedImage image = ImageIO.read(jpeg.toFile());
        assertThat(image.getWidth()).isEqualTo(320);
        assertThat(image.getHeight()).isEqualTo(240);
        // the poster is green: JPEG keeps the colour, near enough
        int rgb = image.getRGB(160, 120);
        assertThat((rgb >> 8) & 0xff).isGreaterThan(200);
        assertThat((rgb >> 16) & 0xff).isLessThan(60);
        assertThat(Thumbnails.toJpeg(jpeg, folder)).isEqualTo(jpeg);
    }

    /** Two seconds of Sorenson H.263 and PCM sound in FLV: codecs the MP4 muxer will not take as they are. */
    private static Path flashVideo(Path target) throws Exception {
        FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(target.toFile(), 160, 120, 1);
        recorder.setFormat("flv");
        recorder.setVideoCodec(avcodec.AV_CODEC_ID_FLV1);
        recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
        recorder.setFrameRate(25);
        recorder.setAudioCodec(avcodec.AV_CODEC_ID_PCM_S16LE);
        recorder.setSampleRate(22050);
        try {
            recorder.start();
            Frame grey = new Frame(160, 120, Frame.DEPTH_UBYTE, 3);
            for (int i = 0; i < 50; i++) {
                recorder.record(grey, avutil.AV_PIX_FMT_BGR24);
            }
            recorder.recordSamples(22050, 1, ShortBuffer.wrap(new short[2 * 22050]));
            recorder.stop();
        } finally {
            recorder.release();
        }
        return target;
    }

    @Test
    void checksumsAreSha256() throws IOException {
        Path file = Files.writeString(folder.resolve("abc"), "abc");

        assertThat(Checksums.sha256(file))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
