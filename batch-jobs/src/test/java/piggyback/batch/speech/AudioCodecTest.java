package piggyback.batch.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class AudioCodecTest {

    @Test
    void espeaksWavIsReadStraightFromItsChunksToTheSamePcmFfmpegDecodes() throws Exception {
        // espeak-ng writes to a pipe, so its header gives the sizes as "unknown"
        byte[] wav = new ExternalTool("espeak-ng", "apt-get install espeak-ng")
                .run(List.of("--stdout", "-v", "en-us"), "Who is the hero?".getBytes(), Duration.ofSeconds(30));
        assertThat(ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN).getInt(40)).isGreaterThan(wav.length);

        PcmAudio read = AudioCodec.monoPcm16(wav).orElseThrow();
        PcmAudio decoded = AudioCodec.decode(wav, 0, Duration.ofMinutes(1)).pcm();

        assertThat(read.sampleRate()).isEqualTo(decoded.sampleRate()).isEqualTo(22050);
        assertThat(read.samples()).isEqualTo(decoded.samples());
    }

    @Test
    void aWavThatIsNotMono16BitPcmIsLeftToFfmpeg() {
        PcmAudio pcm = new PcmAudio(new byte[] {1, 0, 2, 0}, 16000);
        byte[] stereo = AudioCodec.wav(pcm);
        ByteBuffer.wrap(stereo).order(ByteOrder.LITTLE_ENDIAN).putShort(22, (short) 2);

        assertThat(AudioCodec.monoPcm16(AudioCodec.wav(pcm)).orElseThrow().samples()).containsExactly(1, 0, 2, 0);
        assertThat(AudioCodec.monoPcm16(stereo)).isEmpty();
        assertThat(AudioCodec.monoPcm16("not a wav at all".getBytes())).isEmpty();
        assertThat(AudioCodec.monoPcm16(new byte[] {'R', 'I', 'F', 'F'})).isEmpty();
    }
}
