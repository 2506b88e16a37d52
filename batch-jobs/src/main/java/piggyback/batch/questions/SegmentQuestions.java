package piggyback.batch.questions;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The questions of a segment, at most one per category.
 *
 * @param bestQuestion the text of the question the generator ranks best
 * @param generator    which generator wrote them, e.g. {@code openai:gpt-4o-mini} or {@code offline-opennlp}
 */
public record SegmentQuestions(Map<QuestionCategory, RankedQuestion> questions, String bestQuestion, String generator,
                               int attempts) implements SegmentResult {

    public SegmentQuestions {
        questions = Collections.unmodifiableMap(new EnumMap<>(questions));
    }

    public SegmentQuestions withAttempts(int count) {
        return new SegmentQuestions(questions, bestQuestion, generator, count);
    }
}
