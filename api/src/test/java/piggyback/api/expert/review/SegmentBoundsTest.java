package piggyback.api.expert.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import piggyback.api.ApiClient;

/**
 * Segment bounds a client sends are finite seconds from 0 to a day, the end not before the start,
 * on every route that takes them (piggyback.api.web.SegmentBounds); anything else is a 400 naming
 * the bound, and nothing is stored, so no nonsense segment reaches a child.
 */
class SegmentBoundsTest extends ReviewApiTest {

    @Test
    void notANumberIsRefusedAsText() {
        Family family = reviewFamily();

        assertThat(refusal(expertOf(family).postJson("/api/expert-questions", ownQuestion(family, "NaN", "Infinity"))))
                .isEqualTo("segmentStart must be from 0 to 86400 seconds");
    }

    @Test
    void anOwnQuestionWithAHugeStartOrAnEndBeforeItIsRefused() {
        Family family = reviewFamily();
        int before = stored(family);
        ApiClient expert = expertOf(family);

        assertThat(refusal(expert.postJson("/api/expert-questions", ownQuestion(family, 1e308, -1))))
                .isEqualTo("segmentStart must be from 0 to 86400 seconds");
        assertThat(refusal(expert.postJson("/api/expert-questions", ownQuestion(family, 60, 59))))
                .isEqualTo("segmentEnd must not be before segmentStart");
        assertThat(refusal(expert.postJson("/api/expert-questions", ownQuestion(family, 0, "Infinity"))))
                .isEqualTo("segmentEnd must be from 0 to 86400 seconds");
        Map<String, Object> withoutStart = ownQuestion(family, 0, 59);
        withoutStart.remove("segmentStart");
        assertThat(refusal(expert.postJson("/api/expert-questions", withoutStart)))
                .startsWith("segmentStart is required");
        assertThat(stored(family)).isEqualTo(before);
    }

    @Test
    void annotationsHoldTheirBoundsToTheSameRule() {
        Family family = reviewFamily();
        ApiClient expert = expertOf(family);
        int before = stored(family);

        assertThat(refusal(expert.postJson("/api/expert-annotations", annotation(family, -5, 59))))
                .isEqualTo("start must be from 0 to 86400 seconds");
        assertThat(refusal(expert.postJson("/api/expert-annotations", annotation(family, 0, 999_999_999))))
                .isEqualTo("end must be from 0 to 86400 seconds");
        assertThat(refusal(expert.postJson("/api/expert-annotations", annotation(family, 59, 0))))
                .isEqualTo("end must not be before start");
        assertThat(stored(family)).isEqualTo(before);
    }

    @Test
    void savedSegmentsAndCompanionKeysHoldTheirBoundsToTheSameRule() {
        Family family = reviewFamily();
        ApiClient expert = expertOf(family);
        // reading opens the working set (the generated segments), as any visit of the review page does
        expert.get(finalQuestions(family)).expect(200);
        int before = stored(family);

        assertThat(refusal(expert.postJson("/api/save-final-questions", Map.of("videoId", family.videoId(), "data",
                Map.of("segments", List.of(Map.of("start", "NaN", "end", 59, "comment", "x")))))))
                .isEqualTo("segments[0].start must be from 0 to 86400 seconds");
        assertThat(refusal(expert.postJson(updateQuestions(family), Map.of("segments",
                List.of(Map.of("start", 90, "end", 30, "comment", "x"))))))
                .isEqualTo("segments[0].end must not be before its start");
        assertThat(refusal(expert.postJson("/api/expert/video/" + family.videoId() + "/persona-variants",
                Map.of("segments", Map.of("0-1e308", Map.of("persona_winners", Map.of("pig", "action")))))))
                .isEqualTo("segment key 0-1e308: end must be from 0 to 86400 seconds");
        assertThat(stored(family)).isEqualTo(before);
    }

    @Test
    void regenerationNamesABadBoundRatherThanAMissingSegment() {
        Family family = reviewFamily();

        assertThat(refusal(expertOf(family).postJson("/api/expert/video/" + family.videoId() + "/regenerate-question",
                Map.of("question_type", "action", "segment_start", "NaN", "segment_end", 59))))
                .isEqualTo("segment_start must be from 0 to 86400 seconds");
    }

    private static Map<String, Object> ownQuestion(Family family, Object start, Object end) {
        return new HashMap<>(Map.of("videoId", family.videoId(), "segmentStart", start, "segmentEnd", end,
                "question", "q", "answer", "a", "questionType", "character"));
    }

    private static Map<String, Object> annotation(Family family, int start, int end) {
        return Map.of("mode", "create", "video_id", family.videoId(), "start", start, "end", end,
                "question_type", "character", "question", "Who?", "answer", "Pip");
    }

    private static String refusal(ApiClient.Reply reply) {
        return reply.expect(400).json().path("message").asString();
    }

    /** The video's stored review segments and decisions together. */
    private int stored(Family family) {
        return jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM question_set_segments g JOIN question_sets s ON s.set_id = g.set_id
                        WHERE s.video_id = ?)
                     + (SELECT COUNT(*) FROM question_set_decisions d JOIN question_sets s ON s.set_id = d.set_id
                        WHERE s.video_id = ?)""")
                .params(family.videoId(), family.videoId()).query(Integer.class).single();
    }
}
