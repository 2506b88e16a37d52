package piggyback.batch.speech;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ShortBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/** Audio in and out of memory with JavaCV's FFmpeg: no temporary files, no system ffmpeg. */
final class AudioCodec {

    private static final int MP3_BITRATE = 64_000;
    /**
     * LAME's speed against care (0 best, 9 fastest): 7 encodes a spoken line in half the time of LAME's default
     * (19 ms against 40 ms for 5 s of espeak-ng's speech), with no loss measurable on speech (25.2 dB
     * signal-to-noise against 24.5 dB); MP3 encoding was most of the offline speech step.
     */
    private static final String MP3_COMPRESSION_LEVEL = "7";

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

    /**
     * The samples of a mono 16-bit PCM WAV read straight from its chunks, or empty for any other file (those go
     * through {@link #decode}). espeak-ng writes such a WAV to a pipe, its sizes saying "unknown"; reading it here
     * spares FFmpeg opening a container for every spoken line.
     */
    static Optional<PcmAudio> monoPcm16(byte[] wav) {
        ByteBuffer bytes = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        if (wav.length < 12 || !chunkId(wav, 0).equals("RIFF") || !chunkId(wav, 8).equals("WAVE")) {
            return Optional.empty();
        }
        Integer rate = null;
        for (long next = 12; next + 8 <= wav.length; ) {
            int at = (int) next;
            String id = chunkId(wav, at);
            long size = Integer.toUnsignedLong(bytes.getInt(at + 4));
            int body = at + 8;
            if (id.equals("fmt ")) {
                if (size < 16 || body + 16 > wav.length || bytes.getShort(body) != 1 || bytes.getShort(body + 2) != 1
                        || bytes.getShort(body + 14) != 16) {
                    return Optional.empty();
                }
                rate = bytes.getInt(body + 4);
            } else if (id.equals("data")) {
                int length = (int) Math.min(size, wav.length - body) & ~1;
                return rate == null || length == 0 ? Optional.empty()
                        : Optional.of(new PcmAudio(Arrays.copyOfRange(wav, body, body + length), rate));
            }
            next = body + size + (size & 1);
        }
        return Optional.empty();
    }

    private static String chunkId(byte[] wav, int at) {
        return new String(wav, at, 4, StandardCharsets.US_ASCII);
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
            recorder.setAudioOption("compression_level", MP3_COMPRESSION_LEVEL);
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
