package piggyback.batch.speech;

import java.time.Duration;

/**
 * An uploaded spoken answer that decoded as audio no longer than allowed. It lives in memory
 * only, for the length of one request (a child's voice is never kept).
 *
 * @param bytes    the upload as sent
 * @param fileName {@code speech.<ext>} after the container found in the bytes (the transcription
 *                 service reads the format from the name; the client's content type is not trusted)
 * @param pcm16k   the same audio as 16 kHz mono PCM, what speech recognisers take
 */
public record Recording(byte[] bytes, String fileName, PcmAudio pcm16k) {

    static final int RECOGNISER_RATE = 16_000;

    /** @throws UnusableAudioException when the bytes are not audio, or longer than {@code maxLength} */
    public static Recording decode(byte[] bytes, Duration maxLength) {
        AudioCodec.Decoded decoded = AudioCodec.decode(bytes, RECOGNISER_RATE, maxLength);
        return new Recording(bytes, "speech." + extensionOf(decoded.container()), decoded.pcm());
    }

    /** FFmpeg's demuxer names (e.g. {@code matroska,webm}) to the extensions OpenAI accepts. */
    private static String extensionOf(String container) {
        for (String known : new String[] {"webm", "ogg", "mp3", "wav", "flac"}) {
            if (container.contains(known)) {
                return known;
            }
        }
        // a browser's MediaRecorder sends webm (the reference always said speech.webm)
        return container.contains("mp4") ? "m4a" : "webm";
    }
}
