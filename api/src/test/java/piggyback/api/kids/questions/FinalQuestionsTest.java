package piggyback.api.kids.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import piggyback.api.ApiClient;
import piggyback.api.kids.KidsApiTest;
import piggyback.storage.questions.CompanionLine;
import piggyback.storage.questions.QuestionDraft;
import piggyback.storage.questions.QuestionSets;
import piggyback.storage.questions.SegmentDraft;
import tools.jackson.databind.JsonNode;

/** GET /api/final-questions/{video_id}?companion= (docs/decisions/0005 and 0006). */
class FinalQuestionsTest extends KidsApiTest {

    @Autowired
    QuestionSets questionSets;

    @Test
    void theNewestPublishedSetIsServedOneItemPerSegment() {
        Family family = family();
        long setId = questionSets.publish(family.videoId(), List.of(
                new SegmentDraft(0, 59, false, null, null, List.of(
                        question("character", "Who is the hero?", "the dog", 2, 2),
                        question("setting", "Where are they?", "park", 1, 1)),
                        List.of(new CompanionLine("pig", "character", "Ooh! WHO is the hero?!", "the dog", true),
                                new CompanionLine("bunny", "setting", "Sweetie, where are they?", "park", true))),
                new SegmentDraft(60, 119, true, "credits", null,
                        List.of(question("action", "What runs?", "the cat", 1, 1)), List.of()),
                new SegmentDraft(120, 150.5, false, null, null,
                        List.of(question("settings", "Where is the ball?", "under the bed", null, 0)), List.of())),
                family.expertId());

        JsonNode reply = learner(family.parentCode()).get("/api/final-questions/" + family.videoId())
                .expect(200).json();

        assertThat(reply.path("success").asBoolean()).isTrue();
        assertThat(reply.path("video_id").asString()).isEqualTo(family.videoId());
        assertThat(reply.path("version").asInt()).isEqualTo(1);
        JsonNode segments = reply.path("segments");
        // the skipped segment asks nothing; the last segment is served
        assertThat(segments.size()).isEqualTo(2);
        JsonNode first = segments.get(0);
        assertThat(first.properties()).extracting(Map.Entry::getKey).containsExactly("segment_range_start",
                "segment_range_end", "question", "answer", "question_type", "llm_ranking", "expert_ranking",
                "question_id");
        assertThat(first.path("segment_range_start").isIntegralNumber()).isTrue();
        assertThat(first.path("segment_range_start").asInt()).isZero();
        assertThat(first.path("segment_range_end").asInt()).isEqualTo(59);
        assertThat(first.path("question").asString()).isEqualTo("Where are they?");
        assertThat(first.path("answer").asString()).isEqualTo("park");
        assertThat(first.path("question_type").asString()).isEqualTo("setting");
        assertThat(first.path("llm_ranking").asInt()).isEqualTo(1);
        assertThat(first.path("expert_ranking").asInt()).isEqualTo(1);
        assertThat(first.path("question_id").asLong()).isEqualTo(questionId(setId, "Where are they?"));
        JsonNode last = segments.get(1);
        assertThat(last.path("segment_range_end").asDouble()).isEqualTo(150.5);
        assertThat(last.path("question_type").asString()).isEqualTo("setting");
        assertThat(last.path("llm_ranking").isNull()).isTrue();
        assertThat(last.path("expert_ranking").asInt()).isZero();
    }

    @Test
    void theCompanionChoosesTheWordingAndRabbitIsBunny() {
        Family family = family();
        long setId = questionSets.publish(family.videoId(), List.of(new SegmentDraft(0, 59, false, null, null,
                List.of(question("character", "Who is the hero?", "the dog", 2, 2),
                        question("setting", "Where are they?", "park", 1, 1)),
                List.of(new CompanionLine("pig", "character", "Ooh! WHO is the hero?!", "the dog", true),
                        new CompanionLine("bunny", "setting", "Sweetie, where are they?", "park", true)))),
                family.expertId());
        ApiClient device = learner(family.parentCode());
        String path = "/api/final-questions/" + family.videoId();

        JsonNode pig = device.get(path + "?companion=pig&nocache=123").expect(200).json().path("segments").get(0);
        assertThat(pig.path("question").asString()).isEqualTo("Ooh! WHO is the hero?!");
        assertThat(pig.path("question_type").asString()).isEqualTo("character");
        assertThat(pig.path("question_id").asLong()).isEqualTo(questionId(setId, "Who is the hero?"));
        for (String bunny : List.of("bunny", "rabbit", "Bunny")) {
            assertThat(device.get(path + "?companion=" + bunny).expect(200).json().path("segments").get(0)
                    .path("question").asString()).as(bunny).isEqualTo("Sweetie, where are they?");
        }
        assertThat(device.get(path + "?companion=alligator").expect(200).json().path("segments").get(0)
                .path("question").asString()).isEqualTo("Where are they?");
    }

    @Test
    void publishingASecondVersionChangesWhatIsServedAndKeepsTheFirst() {
        Family family = family();
        long first = questionSets.publish(family.videoId(), List.of(segment("Who is first?")), family.expertId());
        ApiClient device = learner(family.parentCode());
        String path = "/api/final-questions/" + family.videoId();
        assertThat(device.get(path).expect(200).json().path("segments").get(0).path("question").asString())
                .isEqualTo("Who is first?");

        long second = questionSets.publish(family.videoId(), List.of(segment("Who is second?")), family.expertId());

        JsonNode reply = device.get(path).expect(200).json();
        assertThat(reply.path("version").asInt()).isEqualTo(2);
        assertThat(reply.path("segments").get(0).path("question").asString()).isEqualTo("Who is second?");
        assertThat(reply.path("segments").get(0).path("question_id").asLong())
                .isEqualTo(questionId(second, "Who is second?"));
        assertThat(jdbc.sql("SELECT question FROM question_set_questions WHERE set_id = ?").param(first)
                .query(String.class).list()).containsExactly("Who is first?");
        assertThat(jdbc.sql("SELECT status FROM question_sets WHERE set_id = ?").param(first)
                .query(String.class).single()).isEqualTo("published");
    }

    @Test
    void withNothingPublishedTheAnswerIs200WithSuccessFalse() {
        Family family = family();
        jdbc.sql("""
                INSERT INTO question_sets (video_id, version, status, created_at, updated_at)
                VALUES (?, 1, 'draft', NOW(), NOW())""").param(family.videoId()).update();

        for (ApiClient caller : List.of(admin(), expert(family.expertId(), family.expertPassword()),
                learner(family.parentCode()))) {
            JsonNode reply = caller.get("/api/final-questions/" + family.videoId()).expect(200).json();
            assertThat(reply.path("success").asBoolean()).isFalse();
            assertThat(reply.path("error").asString()).isEqualTo("No published questions for this video yet");
            assertThat(reply.has("segments")).isFalse();
        }
    }

    @Test
    void anUnknownVideoIs200WithSuccessFalseForAnAdmin() {
        // reference integration test I4
        JsonNode reply = admin().get("/api/final-questions/test-video-id").expect(200).json();

        assertThat(reply.path("success").asBoolean()).isFalse();
        assertThat(reply.path("error").asString()).isEqualTo("No published questions for this video yet");
    }

    @Test
    void aBadVideoIdOrCompanionIs400() {
        Family family = family();
        ApiClient admin = admin();

        for (String bad : List.of("bad.id", "x".repeat(65), "bad%24id")) {
            JsonNode reply = admin.get("/api/final-questions/" + bad).expect(400).json();
            assertThat(reply.path("success").asBoolean()).isFalse();
            assertThat(reply.path("error").asString()).isEqualTo("video_id is invalid");
        }
        JsonNode companion = admin.get("/api/final-questions/" + family.videoId() + "?companion=dragon")
                .expect(400).json();
        assertThat(companion.path("success").asBoolean()).isFalse();
        assertThat(companion.path("error").asString()).isEqualTo("companion must be bunny, pig or alligator");
    }

    @Test
    void onlyTheFamiliesOfTheVideosExpertsItsExpertsAndAdminsGetTheQuestions() {
        Family family = family();
        Family other = family();
        questionSets.publish(family.videoId(), List.of(segment("Who?")), family.expertId());
        String path = "/api/final-questions/" + family.videoId();

        anonymous().get(path).expect(401);
        learner(family.parentCode()).get(path).expect(200);
        expert(family.expertId(), family.expertPassword()).get(path).expect(200);
        admin().get(path).expect(200);
        JsonNode otherFamily = learner(other.parentCode()).get(path).expect(403).json();
        assertThat(otherFamily.path("success").asBoolean()).isFalse();
        assertThat(otherFamily.path("error").asString()).isNotBlank();
        assertThat(otherFamily.has("segments")).isFalse();
        expert(other.expertId(), other.expertPassword()).get(path).expect(403);
        // an unknown video is refused the same way, so ids cannot be probed
        learner(other.parentCode()).get("/api/final-questions/nothing_" + unique()).expect(403);
    }

    @Test
    void aSecondExpertOfTheVideoAndItsFamiliesMaySeeTheQuestionsButNotOnceTheChildIsInactive() {
        Family family = family();
        Family second = family();
        videos.assign(family.videoId(), second.expertId());
        questionSets.publish(family.videoId(), List.of(segment("Who?")), family.expertId());
        String path = "/api/final-questions/" + family.videoId();

        expert(second.expertId(), second.expertPassword()).get(path).expect(200);
        learner(second.parentCode()).get(path).expect(200);

        admin().post("/api/admin/children/" + second.childId() + "/deactivate").expect(200);
        learner(second.parentCode()).get(path).expect(403);
    }

    private long questionId(long setId, String question) {
        return jdbc.sql("SELECT question_id FROM question_set_questions WHERE set_id = ? AND question = ?")
                .params(setId, question).query(Long.class).single();
    }

    private static QuestionDraft question(String type, String text, String answer, Integer llm, Integer expert) {
        return new QuestionDraft(type, text, answer, "ai", llm, expert, false, false);
    }

    private static SegmentDraft segment(String question) {
        return new SegmentDraft(0, 30, false, null, null, List.of(question("character", question, "answer", 1, 1)),
                List.of());
    }
}
