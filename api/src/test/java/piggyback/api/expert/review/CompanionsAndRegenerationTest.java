package piggyback.api.expert.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import piggyback.api.ApiClient;
import piggyback.storage.videos.FrameRow;
import piggyback.storage.videos.Frames;
import tools.jackson.databind.JsonNode;

/** Companion wording and regenerating one question, through the pipeline's ports. */
class CompanionsAndRegenerationTest extends ReviewApiTest {

    @Autowired
    Frames frames;

    @Test
    void variantsAreReadAndMergedUnderBothSegmentKeySpellings() {
        Family family = reviewFamily();
        ApiClient expert = expertOf(family);
        String path = "/api/expert/video/" + family.videoId() + "/persona-variants";

        JsonNode data = expert.get(path).expect(200).json().path("data");
        assertThat(data.path("videoId").asString()).isEqualTo(family.videoId());
        assertThat(data.path("segments").path("0-59").path("persona_variants").path("bunny").path("action")
                .path("q").asString()).isEqualTo("Sweetie, what did Pip do?");

        JsonNode saved = expert.postJson(path, Map.of("segments", Map.of(
                "00000-00059", Map.of("persona_variants", Map.of("bunny", Map.of("character",
                        Map.of("q", "Dear friend, who was happy?", "a", "Pip"))), "persona_winners",
                        Map.of("bunny", "character", "rabbit", "character")),
                "60-119", Map.of("persona_winners", Map.of())))).expect(200).json();

        assertThat(saved.path("generated").asBoolean()).isFalse();
        JsonNode first = saved.path("data").path("segments").path("0-59");
        assertThat(first.path("persona_variants").path("bunny").path("character").path("q").asString())
                .isEqualTo("Dear friend, who was happy?");
        // the wording not sent is kept
        assertThat(first.path("persona_variants").path("bunny").path("action").path("q").asString())
                .isEqualTo("Sweetie, what did Pip do?");
        assertThat(first.path("persona_winners").path("bunny").asString()).isEqualTo("character");
        assertThat(expert.get(path).expect(200).json().path("data").path("segments").size()).isEqualTo(2);
        assertThat(expert.postJson(path, Map.of("segments", Map.of("first", Map.of()))).expect(400).json()
                .path("message").asString()).contains("must be <start>-<end>");
    }

    @Test
    void aWinnerOnlyRequestKeepsTheExpertsWordingAndWritesNothingElse() {
        Family family = reviewFamily();
        ApiClient expert = expertOf(family);
        String path = "/api/expert/video/" + family.videoId() + "/persona-variants";
        expert.postJson(path, Map.of("segments", Map.of("0-59", Map.of("persona_variants", Map.of("bunny",
                Map.of("character", Map.of("q", "Dear friend, who was so happy today?", "a", "Pip"))))))).expect(200);

        JsonNode saved = expert.postJson(path, Map.of("segments", Map.of("0-59",
                Map.of("persona_winners", Map.of("pig", "character"))))).expect(200).json();

        assertThat(saved.path("generated").asBoolean()).isFalse();
        JsonNode segments = expert.get(path).expect(200).json().path("data").path("segments");
        JsonNode first = segments.path("0-59").path("persona_variants");
        JsonNode bunny = first.path("bunny").path("character");
        assertThat(bunny.path("q").asString()).isEqualTo("Dear friend, who was so happy today?");
        assertThat(bunny.path("updated_by").asString()).isEqualTo(family.expertId());
        assertThat(bunny.path("updated_at").asString()).isNotBlank();
        // every other wording is the pipeline's, untouched, and the one winner sent is set
        assertThat(first.path("bunny").path("action").path("q").asString()).isEqualTo("Sweetie, what did Pip do?");
        assertThat(first.path("pig").path("action").path("q").asString())
                .isEqualTo("Ooh! What did Pip DO, tell me tell me?!");
        assertThat(first.path("alligator").path("action").path("q").asString()).isEqualTo("What did Pip do? Answer.");
        assertThat(first.path("alligator").has("character")).isFalse();
        assertThat(segments.path("0-59").path("persona_winners").path("pig").asString()).isEqualTo("character");
        assertThat(segments.path("0-59").path("persona_winners").has("bunny")).isFalse();
        assertThat(first.path("pig").path("character").path("updated_by").asString()).isEqualTo(family.expertId());
        // the segment that was not named got no wording either
        assertThat(segments.path("60-119").path("persona_variants").size()).isZero();

        // a request naming nothing words only the segments without any wording
        JsonNode filled = expert.postJson(path, Map.of()).expect(200).json();
        assertThat(filled.path("generated_segments").toString()).isEqualTo("[\"60-119\"]");
        assertThat(filled.path("data").path("segments").path("0-59").path("persona_variants").path("bunny")
                .path("character").path("q").asString()).isEqualTo("Dear friend, who was so happy today?");
        // the explicit "write companion wording" action replaces the named segment's wording
        JsonNode rewritten = expert.postJson(path, Map.of("generate", true, "segments", Map.of("0-59", Map.of())))
                .expect(200).json();
        assertThat(rewritten.path("generated_segments").toString()).isEqualTo("[\"0-59\"]");
        assertThat(rewritten.path("data").path("segments").path("0-59").path("persona_variants").path("bunny")
                .path("character").path("q").asString()).isNotEqualTo("Dear friend, who was so happy today?");
    }

    @Test
    void aWinnerChangedAfterPublishingWaitsInTheDraftUntilPublishedAgain() {
        Family family = reviewFamily();
        ApiClient expert = expertOf(family);
        String path = "/api/expert/video/" + family.videoId() + "/persona-variants";
        JsonNode first = expert.postJson(updateQuestions(family), Map.of("publish", true, "segments", List.of(
                Map.of("segmentIndex", 0, "persona_winners", Map.of("pig", "action"))))).expect(200).json();
        assertThat(first.path("version").asInt()).isEqualTo(1);
        assertThat(first.path("published").asBoolean()).isTrue();
        assertThat(first.path("unpublished_changes").asBoolean()).isFalse();
        String published = "Ooh! What did Pip DO, tell me tell me?!";
        assertThat(servedToChild(family, "pig").path("segments").get(0).path("question").asString())
                .isEqualTo(published);

        JsonNode winner = expert.postJson(path, Map.of("segments", Map.of("0-59",
                Map.of("persona_winners", Map.of("pig", "character"))))).expect(200).json();
        JsonNode wording = expert.postJson(path, Map.of("segments", Map.of("0-59", Map.of("persona_variants",
                Map.of("pig", Map.of("action", Map.of("q", "Ooh! What did Pip DO?!", "a", "ran home"))))))).expect(200)
                .json();

        for (JsonNode reply : List.of(winner, wording)) {
            assertThat(reply.path("version").asInt()).isEqualTo(2);
            assertThat(reply.path("status").asString()).isEqualTo("in_review");
            assertThat(reply.path("published").asBoolean()).isFalse();
            assertThat(reply.path("unpublished_changes").asBoolean()).isTrue();
        }
        // children keep the published version until the draft is published
        assertThat(servedToChild(family, "pig").path("segments").get(0).path("question").asString())
                .isEqualTo(published);
        assertThat(expert.get(finalQuestions(family)).expect(200).json().path("unpublished_changes").asBoolean())
                .isTrue();

        JsonNode saved = expert.postJson("/api/save-final-questions", Map.of("videoId", family.videoId(),
                "data", Map.of("segments", List.of()))).expect(200).json();
        assertThat(saved.path("version").asInt()).isEqualTo(2);
        assertThat(saved.path("published").asBoolean()).isTrue();
        assertThat(servedToChild(family, "pig").path("segments").get(0).path("question").asString())
                .isEqualTo("Wow! WHO was happy?!");
        JsonNode after = expert.get(finalQuestions(family)).expect(200).json();
        assertThat(after.path("unpublished_changes").asBoolean()).isFalse();
        assertThat(after.path("published").asBoolean()).isFalse();
    }

    @Test
    void withoutVariantsTheCompanionWriterWordsTheKeptQuestions() {
        Family family = reviewFamily();
        ApiClient expert = expertOf(family);
        JsonNode draft = expert.get(finalQuestions(family)).expect(200).json();
        long outcome = aiQuestion(draft, 1, "outcome").path("id").asLong();
        expert.postJson(updateQuestions(family), Map.of("publish", false, "segments", List.of(Map.of("segmentIndex", 1,
                "aiQuestions", List.of(Map.of("id", outcome, "trashed", true)))))).expect(200);

        JsonNode saved = expert.postJson("/api/expert/video/" + family.videoId() + "/persona-variants",
                Map.of("segments", Map.of("60-119", Map.of()))).expect(200).json();

        assertThat(saved.path("generated").asBoolean()).isTrue();
        JsonNode variants = saved.path("data").path("segments").path("60-119").path("persona_variants");
        for (String companion : List.of("bunny", "pig", "alligator")) {
            assertThat(variants.path(companion).path("feeling").path("q").asString()).as(companion).isNotBlank();
            assertThat(variants.path(companion).path("feeling").path("a").asString()).isEqualTo("sad");
            // a trashed question gets no wording
            assertThat(variants.path(companion).has("outcome")).isFalse();
        }
        assertThat(variants.path("pig").path("feeling").path("q").asString()).endsWith("?!");
        // segment 0 was not named, so its wording is as it was
        assertThat(saved.path("data").path("segments").path("0-59").path("persona_variants").path("bunny")
                .path("action").path("q").asString()).isEqualTo("Sweetie, what did Pip do?");
    }

    @Test
    void aQuestionListIsWordedForEachCompanion() {
        Family family = reviewFamily();
        ApiClient expert = expertOf(family);
        String path = "/api/expert/questions/persona-variants";

        JsonNode reply = expert.postJson(path, Map.of("questions", Map.of(
                "character", Map.of("q", "Who found the kite?", "a", "Pip"),
                "setting", Map.of("q", "", "a", "nothing")), "best_question", "Who found the kite?")).expect(200).json();

        assertThat(reply.path("success").asBoolean()).isTrue();
        for (String companion : List.of("bunny", "alligator", "pig")) {
            JsonNode line = reply.path("variants").path(companion).path("character");
            assertThat(line.path("a").asString()).as(companion).isEqualTo("Pip");
            assertThat(line.path("is_best").asBoolean()).isTrue();
            assertThat(reply.path("variants").path(companion).has("setting")).isFalse();
        }
        assertThat(expert.postJson(path, Map.of("questions", Map.of())).expect(400).json().path("message").asString())
                .isEqualTo("questions dict is required");
        JsonNode nothing = expert.postJson(path, Map.of("questions", Map.of("character", Map.of("q", " ")))).expect(200)
                .json();
        assertThat(nothing.path("success").asBoolean()).isFalse();
        assertThat(nothing.path("message").asString()).isEqualTo("No valid questions to rephrase");
        assertThat(learner(family.parentCode()).postJson(path, Map.of("questions", Map.of("character",
                Map.of("q", "Who?", "a", "Pip")))).status()).isEqualTo(403);
        assertThat(anonymous().postJson(path, Map.of()).status()).isEqualTo(401);
    }

    @Test
    void oneCategoryOfOneSegmentIsRegeneratedFromItsTranscript() {
        Family family = reviewFamily();
        frames.upsertAll(family.videoId(), List.of(
                new FrameRow(0, 64, 36, "Pip the little pig woke up early on a sunny Saturday morning."),
                new FrameRow(5, 64, 36, "Pip was very happy because today was the day of the big picnic."),
                new FrameRow(10, 64, 36, "Pip walked through the green forest to meet his friend Bella.")));
        ApiClient expert = expertOf(family);
        String path = "/api/expert/video/" + family.videoId() + "/regenerate-question";

        JsonNode reply = expert.postJson(path, Map.of("question_type", "action", "segment_start", 0, "segment_end", 59,
                "current_question", "What did Pip do?")).expect(200).json();

        assertThat(reply.path("success").asBoolean()).isTrue();
        assertThat(reply.path("question_type").asString()).isEqualTo("action");
        assertThat(reply.path("question").asString()).isEqualTo("What did the little pig do?");
        assertThat(reply.path("answer").asString()).isNotBlank();
        assertThat(reply.path("generator").asString()).startsWith("offline");
        // nothing is stored until the expert saves
        assertThat(aiQuestion(expert.get(finalQuestions(family)).expect(200).json(), 0, "action").path("question")
                .asString()).isEqualTo("What did Pip do?");
        assertThat(expert.postJson(path, Map.of("question_type", "weather", "segmentIndex", 0)).expect(400).json()
                .path("message").asString()).startsWith("question_type must be one of");
        // segment 60-119 has no frames: the generator's reason comes back
        assertThat(expert.postJson(path, Map.of("question_type", "feeling", "segmentIndex", 1)).expect(502).json()
                .path("message").asString()).startsWith("Regeneration failed: no_frames_in_segment");
    }
}
