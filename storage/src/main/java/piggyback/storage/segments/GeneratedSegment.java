package piggyback.storage.segments;

import java.util.List;

/**
 * A segment and the outcome of generating its questions (segments with its generated_questions).
 *
 * @param status      {@link #GENERATED} with its questions, or {@link #FAILED} with the reason
 * @param generator   which generator made (or tried to make) the questions, e.g. offline-opennlp
 * @param errorReason the reason code when failed (no_frames_in_segment, model_refusal …)
 * @param attempts    how many generation attempts it took
 */
public record GeneratedSegment(int start, int end, String status, String generator, String bestQuestion,
                               String errorReason, String errorDetail, int attempts,
                               List<GeneratedQuestion> questions) {

    public static final String GENERATED = "generated";
    public static final String FAILED = "failed";

    public GeneratedSegment {
        questions = List.copyOf(questions);
    }

    public boolean generated() {
        return GENERATED.equals(status);
    }
}
