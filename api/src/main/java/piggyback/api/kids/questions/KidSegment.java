package piggyback.api.kids.questions;

/**
 * The question a child is asked at the end of one segment ({@code GET /api/final-questions/{video_id}}).
 *
 * @param segmentRangeStart seconds; whole numbers are written without a fraction, as the reference did
 * @param questionId        the set question whose answer key grades this question; null when the
 *                          wording comes from a companion line with no question of its type
 */
public record KidSegment(Number segmentRangeStart, Number segmentRangeEnd, String question, String answer,
                  String questionType, Integer llmRanking, Integer expertRanking, Long questionId) {

    static Number seconds(double value) {
        // the casts stop the conditional from widening the long back to a double
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Number) (long) value : (Number) value;
    }
}
