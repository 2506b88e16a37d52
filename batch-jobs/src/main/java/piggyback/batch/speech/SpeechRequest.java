package piggyback.batch.speech;

import java.util.List;

/**
 * What to say and how. The speed is clamped to what OpenAI accepts, so every
 * implementation gets the same range.
 *
 * @param voice  an OpenAI voice name (alloy, ash, ballad, coral, echo, fable, nova, onyx, sage,
 *               shimmer, verse)
 * @param speed  1.0 is normal speed
 * @param format one of {@link #FORMATS}; implementations may produce another one and say so
 */
public record SpeechRequest(String text, String voice, double speed, String format) {

    public static final String DEFAULT_VOICE = "sage";
    public static final double DEFAULT_SPEED = 0.75;
    public static final String DEFAULT_FORMAT = "mp3";
    public static final double MIN_SPEED = 0.25;
    public static final double MAX_SPEED = 4.0;
    /** The formats OpenAI speech can return. */
    public static final List<String> FORMATS = List.of("mp3", "opus", "aac", "flac", "wav", "pcm");

    public SpeechRequest {
        speed = Math.max(MIN_SPEED, Math.min(MAX_SPEED, speed));
    }
}
