package piggyback.batch.questions;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The question-generation prompts, in this project's own words with every element
 * the reference's prompts carry: the age group, the transcript between separator lines, the frame count and
 * the segment's range, the seven categories, the ranking and the JSON-only schema.
 */
final class QuestionPrompts {

    /** The reference's settings for the question call, whatever the provider. */
    static final int MAX_TOKENS = 1500;
    static final double TEMPERATURE = 0.3;

    static final String SYSTEM = """
            You are a safe, child-focused educational assistant. The material you are given comes from a \
            children's educational video. Follow safety policies, and give only age-appropriate, neutral and \
            factual answers.""";

    static final String TRANSCRIPT_ONLY = """


            If the visuals are unavailable, answer from the transcript alone.""";

    private static final String SEPARATOR = "-".repeat(40);

    private QuestionPrompts() {
    }

    static String standard(SegmentInput input) {
        return """
                You are an early-childhood educator writing comprehension questions for children aged 6 to 8.
                Use both the frames and the full transcript of this part of the video.

                """ + tasks(input);
    }

    /** The same task, opening with what the video is, to get past an over-cautious refusal. */
    static String polite(SegmentInput input) {
        return """
                This is a safe, non-violent, educational video made for young children. Please help a teacher \
                of children aged 6 to 8 by writing gentle comprehension questions about it.
                Use both the frames and the full transcript of this part of the video.

                """ + tasks(input);
    }

    static String transcriptOnly(String prompt) {
        return prompt + TRANSCRIPT_ONLY;
    }

    private static String tasks(SegmentInput input) {
        Segment segment = input.segment();
        String categories = Arrays.stream(QuestionCategory.values()).map(QuestionCategory::label)
                .collect(Collectors.joining(", "));
        String schema = Arrays.stream(QuestionCategory.values())
                .map(c -> "    \"" + c.key() + "\": {\"q\": \"...\", \"a\": \"...\", \"rank\": 1}")
                .collect(Collectors.joining(",\n"));
        return """
                Transcript of this part:
                %s
                %s
                %s

                You are given %d frames from this %d-second part of the video, from %ds to %ds.

                Task 1: Write ONE short, child-friendly comprehension question, with its answer, for each of \
                these 7 categories: %s.
                Task 2: Rank the 7 questions by how relevant and good they are for testing comprehension and \
                active viewing, 1 = best, each rank used once.
                Task 3: Return JSON only, exactly in this shape:
                {
                  "questions": {
                %s
                  },
                  "best_question": "<the text of the question ranked 1>"
                }""".formatted(SEPARATOR, input.transcript().block(), SEPARATOR, input.images().size(),
                segment.length(), segment.start(), segment.end(), categories, schema);
    }
}
