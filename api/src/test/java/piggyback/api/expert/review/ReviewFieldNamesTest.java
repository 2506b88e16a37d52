package piggyback.api.expert.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import piggyback.api.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * Field names a client chooses (a segment's own notes, and every key inside them; companions and
 * question types of companion wording) follow one rule at every depth: letters, digits and '_',
 * at most 32 characters. Anything else is a 400 naming the field, and nothing is stored.
 */
class ReviewFieldNamesTest extends ReviewApiTest {

    private static final String MARKUP_KEY = "x xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert(1)</script><x";

    @Test
    void aNestedKeyWithMarkupIsRefusedAndNothingIsStored() {
        Family family = reviewFamily();
        ApiClient expert = expertOf(family);

        JsonNode reply = expert.postJson(updateQuestions(family),
                save(Map.of("notes", Map.of("ok", List.of(Map.of(MARKUP_KEY, "boo")))))).expect(400).json();

        assertThat(reply.path("success").asBoolean()).isFalse();
        assertThat(reply.path("message").asString()).contains("segments[0].notes.ok[0]")
                .contains("letters, digits and _");
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM question_set_segment_fields f JOIN question_sets s ON s.set_id = f.set_id
                WHERE s.video_id = ?""").param(family.videoId()).query(Integer.class).single()).isZero();
        assertThat(expert.get(finalQuestions(family)).expect(200).body()).doesNotContain("script");
    }

    @Test
    void aTopLevelNameOfThirtyThreeCharactersIsA400NotAStorageFailure() {
        Family family = reviewFamily();

        JsonNode reply = expertOf(family).postJson(updateQuestions(family), save(Map.of("n".repeat(33), true)))
                .expect(400).json();

        assertThat(reply.path("message").asString()).contains("segments[0]").contains("at most 32");
    }

    @Test
    void namesOfThirtyTwoCharactersAtAnyDepthAreKeptAsSent() {
        Family family = reviewFamily();
        String longest = "a".repeat(32);
        ApiClient expert = expertOf(family);

        expert.postJson(updateQuestions(family), save(Map.of(longest, Map.of("Inner_2", List.of(Map.of("x", 1))))))
                .expect(200);

        JsonNode segment = expert.get(finalQuestions(family)).expect(200).json().path("segments").get(0);
        assertThat(segment.path(longest).path("Inner_2").get(0).path("x").asInt()).isEqualTo(1);
    }

    @Test
    void companionAndTypeKeysOfWordingFollowTheRuleToo() {
        Family family = reviewFamily();
        ApiClient expert = expertOf(family);

        JsonNode companion = expert.postJson(updateQuestions(family), save(Map.of("persona_variants",
                Map.of("dragon<b>", Map.of("action", Map.of("q", "Roar?", "a", "ran home")))))).expect(400).json();
        JsonNode type = expert.postJson(updateQuestions(family), save(Map.of("persona_variants",
                Map.of("pig", Map.of("weather report", Map.of("q", "Oink?", "a", "rain")))))).expect(400).json();
        JsonNode winner = expert.postJson(updateQuestions(family), save(Map.of("persona_winners",
                Map.of("pig\" onclick=\"x", "action")))).expect(400).json();

        assertThat(companion.path("message").asString()).contains("persona_variants");
        assertThat(type.path("message").asString()).contains("persona_variants.pig");
        assertThat(winner.path("message").asString()).contains("persona_winners");
    }

    @Test
    void aQuestionTypeSentForCompanionWordingFollowsTheRule() {
        Family family = reviewFamily();

        JsonNode reply = expertOf(family).postJson("/api/expert/questions/persona-variants", Map.of("questions",
                Map.of("../x", Map.of("q", "who", "a", "pip")))).expect(400).json();

        assertThat(reply.path("message").asString()).startsWith("questions:").contains("letters, digits and _");
        assertThat(reply.toString()).doesNotContain("../x");
    }

    @Test
    void aWinnersQuestionTypeFollowsTheRuleAndNothingIsStored() {
        Family family = reviewFamily();
        ApiClient expert = expertOf(family);

        JsonNode reply = expert.postJson("/api/expert/video/" + family.videoId() + "/persona-variants", Map.of(
                "segments", Map.of("0-59", Map.of("persona_winners", Map.of("pig", "<b>x</b>"))))).expect(400).json();

        assertThat(reply.path("message").asString()).contains("persona_winners.pig");
        assertThat(expert.get("/api/expert/video/" + family.videoId() + "/persona-variants").expect(200).body())
                .doesNotContain("<b>");
    }

    /** An update that publishes segment 0 with these extra fields. */
    private static Map<String, Object> save(Map<String, Object> extra) {
        Map<String, Object> segment = new LinkedHashMap<>();
        segment.put("segmentIndex", 0);
        segment.putAll(extra);
        return Map.of("revision", 0, "segments", List.of(segment));
    }
}
