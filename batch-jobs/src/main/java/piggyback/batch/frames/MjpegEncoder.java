package piggyback.batch.frames;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_FLAG_QSCALE;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_MJPEG;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_encoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_packet;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_frame;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ420P;
import static org.bytedeco.ffmpeg.global.avutil.FF_QP2LAMBDA;
import static org.bytedeco.ffmpeg.global.avutil.av_make_q;

import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;

/**
 * JPEG bytes of decoded pictures by FFmpeg's MJPEG encoder, in-process: the picture goes from the decoder to the
 * JPEG in FFmpeg's own full-range YUV, never through a Java image (converting each frame to one and encoding it
 * with the JDK's encoder took more CPU than the rest of the frames step after decoding). One per decoding thread.
 */
final class MjpegEncoder implements AutoCloseable {

    /** The pixel format the grabber converts kept pictures to, the one JPEG stores. */
    static final int PIXEL_FORMAT = AV_PIX_FMT_YUVJ420P;
    /** FFmpeg's quantiser scale, as {@code ffmpeg -q:v 2}: about the JDK encoder's quality 0.9, in as many bytes. */
    static final int QUALITY_SCALE = 2;

    private final int width;
    private final int height;
    private final AVCodecContext context;
    private final AVPacket packet;

    MjpegEncoder(int width, int height) {
        this.width = width;
        this.height = height;
        AVCodec codec = avcodec_find_encoder(AV_CODEC_ID_MJPEG);
        context = avcodec_alloc_context3(codec);
        context.width(width);
        context.height(height);
        context.pix_fmt(PIXEL_FORMAT);
        context.time_base(av_make_q(1, 25));
        context.flags(context.flags() | AV_CODEC_FLAG_QSCALE);
        context.global_quality(FF_QP2LAMBDA * QUALITY_SCALE);
        int opened = avcodec_open2(context, codec, (AVDictionary) null);
        if (opened < 0) {
            avcodec_free_context(context);
            throw new FrameExtractionException("cannot open FFmpeg's JPEG encoder (error " + opened + ")", null);
        }
        packet = av_packet_alloc();
    }

    /** Whether pictures of this size can be encoded (a stream may change its size midway). */
    boolean fits(int pictureWidth, int pictureHeight) {
        return width == pictureWidth && height == pictureHeight;
    }

    /** The JPEG of a picture in {@link #PIXEL_FORMAT}, of this encoder's size. */
    byte[] encode(AVFrame picture) {
        int result = avcodec_send_frame(context, picture);
        if (result >= 0) {
            result = avcodec_receive_packet(context, packet);
        }
        if (result < 0) {
            throw new FrameExtractionException("cannot encode a frame as JPEG (error " + result + ")", null);
        }
        try {
            byte[] jpeg = new byte[packet.size()];
            packet.data().get(jpeg);
            return jpeg;
        } finally {
            av_packet_unref(packet);
        }
    }

    @Override
    public void close() {
        av_packet_free(packet);
        avcodec_free_context(context);
    }
}
