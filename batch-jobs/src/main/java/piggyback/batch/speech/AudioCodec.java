package piggyback.batch.speech;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ShortBuffer;
import java.time.Duration;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/** Audio in and out of memory with JavaCV's FFmpeg: no temporary files, no system ffmpeg. */
final class AudioCodec {

    private static final int MP3_BITRATE = 64_000;

    static {
        // FFmpeg prints every opened stream's layout at INFO; errors are enough in a server log
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
    }

    private AudioCodec() {
    }

    /** The container FFmpeg recognised (its demuxer name, e.g. {@code ogg}) and the audio as PCM. */
    record Decoded(String container, PcmAudio pcm) {
    }

    /**
     * Decodes any container and codec FFmpeg knows to mono PCM.
     *
     * @param sampleRate the rate to resample to, or 0 to keep the source's
     * @throws UnusableAudioException when the bytes hold no decodable audio, or more than {@code maxLength}
     */
    static Decoded decode(byte[] encoded, int sampleRate, Duration maxLength) {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(new ByteArrayInputStream(encoded), encoded.length)) {
            grabber.setAudioChannels(1);
            grabber.setSampleFormat(avutil.AV_SAMPLE_FMT_S16);
            if (sampleRate > 0) {
                grabber.setSampleRate(sampleRate);
            }
            grabber.start();
            if (!grabber.hasAudio()) {
                throw notAudio();
            }
            int rate = grabber.getSampleRate();
            // counted while decoding: a browser's webm carries no duration in its header
            long maxBytes = maxLength.toMillis() * rate / 1000 * 2;
            ByteArrayOutputStream pcm = new ByteArrayOutputStream();
            Frame frame;
            while ((frame = grabber.grabSamples()) != null) {
                if (frame.samples != null) {
                    write((ShortBuffer) frame.samples[0], pcm);
                }
                if (pcm.size() > maxBytes) {
                    throw new UnusableAudioException("The audio is longer than " + maxLength.toSeconds() + " seconds");
                }
            }
            if (pcm.size() == 0) {
                throw notAudio();
            }
            return new Decoded(grabber.getFormat(), new PcmAudio(pcm.toByteArray(), rate));
        } catch (FrameGrabber.Exception e) {
            throw notAudio();
        }
    }

    /** A RIFF WAV file of the PCM: what espeak-ng's clients and pocketsphinx expect. */
    static byte[] wav(PcmAudio audio) {
        byte[] samples = audio.samples();
        ByteBuffer wav = ByteBuffer.allocate(44 + samples.length).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes()).putInt(36 + samples.length).put("WAVE".getBytes());
        wav.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(audio.sampleRate()).putInt(audio.sampleRate() * 2).putShort((short) 2).putShort((short) 16);
        wav.put("data".getBytes()).putInt(samples.length).put(samples);
        return wav.array();
    }

    /** The PCM encoded as MP3 (libmp3lame inside JavaCV's FFmpeg). */
    static byte[] mp3(PcmAudio audio) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(out, 1)) {
            recorder.setFormat("mp3");
            recorder.setAudioCodec(avcodec.AV_CODEC_ID_MP3);
            recorder.setSampleRate(audio.sampleRate());
            recorder.setAudioBitrate(MP3_BITRATE);
            recorder.start();
            // an array-backed buffer: JavaCPP cannot point into a view of a heap ByteBuffer
            short[] samples = new short[audio.samples().length / 2];
            ByteBuffer.wrap(audio.samples()).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(samples);
            recorder.recordSamples(audio.sampleRate(), 1, ShortBuffer.wrap(samples));
            recorder.stop();
        }
        return out.toByteArray();
    }

    private static void write(ShortBuffer samples, ByteArrayOutputStream pcm) {
        ByteBuffer bytes = ByteBuffer.allocate(samples.remaining() * 2).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asShortBuffer().put(samples);
        pcm.write(bytes.array(), 0, bytes.capacity());
    }

    private static UnusableAudioException notAudio() {
        return new UnusableAudioException("The file is not audio this server can read (webm, ogg, wav, mp3 or m4a)");
    }
}
