package piggyback.api.expert.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import piggyback.api.ApiClient;
import tools.jackson.databind.JsonNode;

/** Versions, concurrent saves and merging: nothing an expert decided is lost or silently overwritten. */
class ReviewVersionsTest extends ReviewApiTest {

    @Test
    void publishingTwiceMakesANewVersionAndKeepsTheEarlierReadable() {
        Family family = reviewFamily();
        ApiClient expert = expertOf(family);
        JsonNode draft = expert.get(finalQuestions(family)).expect(200).json();
        long action = aiQuestion(draft, 0, "action").path("id").asLong();
        JsonNode first = expert.postJson(updateQuestions(family), Map.of("revision", draft.path("revision").asInt(),
                "segments", List.of(Map.of("segmentIndex", 0, "aiQuestions", List.of(Map.of("id", action,
                        "question", "What did Pip do first?")))))).expect(200).json();
        assertThat(first.path("version").asInt()).isEqualTo(1);

        JsonNode reopened = expert.get(finalQuestions(family)).expect(200).json();
        assertThat(reopened.path("version").asInt()).isEqualTo(2);
        assertThat(reopened.path("status").asString()).isEqualTo("draft");
        assertThat(aiQuestion(reopened, 0, "action").path("question").asString()).isEqualTo("What did Pip do first?");
        long copied = aiQuestion(reopened, 0, "action").path("id").asLong();
        JsonNode second = expert.postJson(updateQuestions(family), Map.of("revision", reopened.path("revision").asInt(),
                "segments", List.of(Map.of("segmentIndex", 0, "aiQuestions", List.of(Map.of("id", copied,
                        "question", "What did Pip do next?")))))).expect(200).json();
        assertThat(second.path("version").asInt()).isEqualTo(2);

        JsonNode served = servedToChild(family, null);
        assertThat(served.path("version").asInt()).isEqualTo(2);
        assertThat(served.path("segments").get(0).path("question").asString()).isEqualTo("What did Pip do next?");
        JsonNode earlier = expert.get(finalQuestions(family) + "?version=1").expect(200).json();
        assertThat(earlier.path("status").asString()).isEqualTo("published");
        assertThat(aiQuestion(earlier, 0, "action").path("question").asString()).isEqualTo("What did Pip do first?");
        assertThat(earlier.path("versions").findValues("status")).extracting(JsonNode::asString)
                .containsExactly("published", "published");
        assertThat(expert.get(finalQuestions(family) + "?version=9").expect(404).json().path("success").asBoolean())
                .isFalse();
    }

    @Test
    void aSaveBasedOnAnOutdatedRevisionIsRefusedWithTheCurrentSet() {
        Family family = reviewFamily();
        String otherExpert = newExpert("pw-other-expert");
        videos.assign(family.videoId(), otherExpert);
        ApiClient first = expertOf(family);
        ApiClient second = expert(otherExpert, "pw-other-expert");
        int loaded = first.get(finalQuestions(family)).expect(200).json().path("revision").asInt();
        assertThat(second.get(finalQuestions(family)).expect(200).json().path("revision").asInt()).isEqualTo(loaded);

        first.postJson(updateQuestions(family), Map.of("revision", loaded, "publish", false, "segments",
                List.of(Map.of("segmentIndex", 0, "comment", "first expert's note")))).expect(200);
        ApiClient.Reply refused = second.postJson(updateQuestions(family), Map.of("revision", loaded, "publish", false,
                "segments", List.of(Map.of("segmentIndex", 0, "comment", "second expert's note")))).expect(409);

        JsonNode body = refused.json();
        assertThat(body.path("success").asBoolean()).isFalse();
        assertThat(body.path("message").asString()).contains(family.expertId()).contains("reload");
        assertThat(body.path("revision").asInt()).isEqualTo(loaded + 1);
        assertThat(body.path("current").path("segments").get(0).path("comment").asString())
                .isEqualTo("first expert's note");
        assertThat(first.get(finalQuestions(family)).expect(200).json().path("segments").get(0).path("comment")
                .asString()).isEqualTo("first expert's note");
        // a publish from the outdated revision is refused as well, and nothing reaches children
        second.postJson(updateQuestions(family), Map.of("revision", loaded)).expect(409);
        assertThat(servedToChild(family, null).path("success").asBoolean()).isFalse();
    }

    @Test
    void ofSavesStartedTogetherFromOneRevisionExactlyOneWins() throws Exception {
        Family family = reviewFamily();
        int loaded = expertOf(family).get(finalQuestions(family)).expect(200).json().path("revision").asInt();
        List<ApiClient> experts = List.of(expertOf(family), expertOf(family), expertOf(family), expertOf(family));
        ExecutorService pool = Executors.newFixedThreadPool(experts.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        try {
            for (int i = 0; i < experts.size(); i++) {
                ApiClient client = experts.get(i);
                String note = "note " + i;
                statuses.add(pool.submit(() -> {
                    start.await();
                    return client.postJson(updateQuestions(family), Map.of("revision", loaded, "publish", false,
                            "segments", List.of(Map.of("segmentIndex", 0, "comment", note)))).status();
                }));
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                results.add(status.get(60, TimeUnit.SECONDS));
            }
            assertThat(results).containsOnly(200, 409);
            assertThat(results).filteredOn(status -> status == 200).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(expertOf(family).get(finalQuestions(family)).expect(200).json().path("revision").asInt())
                .isEqualTo(loaded + 1);
    }

    @Test
    void savingNeverDropsAFieldTheClientDidNotSend() {
        Family family = reviewFamily();
        ApiClient expert = expertOf(family);
        JsonNode draft = expert.get(finalQuestions(family)).expect(200).json();
        long action = aiQuestion(draft, 0, "action").path("id").asLong();
        JsonNode saved = expert.postJson(updateQuestions(family), Map.of("publish", false, "segments", List.of(Map.of(
                "segmentIndex", 0, "comment", "keep me", "rankingComment", "ranked by clarity", "approved", true,
                "aiOriginalBest", "What did Pip do?", "skip_reason", "not skipped",
                "persona_winners", Map.of("pig", "action"),
                "aiQuestions", List.of(Map.of("id", action, "trashed", true, "expert_ranking", 3),
                        Map.of("type", "character", "question", "Who was glad?")))))).expect(200).json();

        // a later save that sends only one field of one question
        JsonNode later = expert.postJson(updateQuestions(family), Map.of("revision", saved.path("revision").asInt(),
                "publish", false, "segments", List.of(Map.of("segmentIndex", 0, "aiQuestions",
                        List.of(Map.of("type", "setting", "answer", "the green forest"))))))
                .expect(200).json();

        JsonNode segment = later.path("segments").get(0);
        assertThat(segment.path("comment").asString()).isEqualTo("keep me");
        assertThat(segment.path("rankingComment").asString()).isEqualTo("ranked by clarity");
        assertThat(segment.path("approved").asBoolean()).isTrue();
        assertThat(segment.path("aiOriginalBest").asString()).isEqualTo("What did Pip do?");
        assertThat(segment.path("skip_reason").asString()).isEqualTo("not skipped");
        assertThat(segment.path("persona_winners").path("pig").asString()).isEqualTo("action");
        assertThat(segment.path("aiQuestions").size()).isEqualTo(3);
        JsonNode trashed = aiQuestion(later, 0, "action");
        assertThat(trashed.path("trashed").asBoolean()).isTrue();
        assertThat(trashed.path("expert_ranking").asInt()).isEqualTo(3);
        assertThat(trashed.path("question").asString()).isEqualTo("What did Pip do?");
        JsonNode character = aiQuestion(later, 0, "character");
        assertThat(character.path("question").asString()).isEqualTo("Who was glad?");
        assertThat(character.path("answer").asString()).isEqualTo("Pip");
        JsonNode setting = aiQuestion(later, 0, "setting");
        assertThat(setting.path("question").asString()).isEqualTo("Where did Pip walk?");
        assertThat(setting.path("answer").asString()).isEqualTo("the green forest");
        // the untouched segment keeps everything too
        assertThat(later.path("segments").get(1).path("aiQuestions").size()).isEqualTo(2);
        // and the whole set survives into the next version
        expert.postJson(updateQuestions(family), Map.of("revision", later.path("revision").asInt())).expect(200);
        JsonNode next = expert.get(finalQuestions(family)).expect(200).json().path("segments").get(0);
        assertThat(next.path("comment").asString()).isEqualTo("keep me");
        assertThat(next.path("aiOriginalBest").asString()).isEqualTo("What did Pip do?");
    }

    @Test
    void badEditsAre400AndSaveNothing() {
        Family family = reviewFamily();
        ApiClient expert = expertOf(family);
        int revision = expert.get(finalQuestions(family)).expect(200).json().path("revision").asInt();

        assertThat(expert.postJson(updateQuestions(family), Map.of("segments", List.of(Map.of("segmentIndex", 0,
                "comment", "lost?", "persona_winners", Map.of("pig", "prediction"))))).expect(400).json()
                .path("message").asString()).isEqualTo("segment 0 has no pig wording of type prediction");
        assertThat(expert.postJson(updateQuestions(family), Map.of("segments", List.of(Map.of("segmentIndex", 0,
                "aiQuestions", List.of(Map.of("type", "weather", "question", "Q")))))).expect(400).json()
                .path("message").asString()).isEqualTo("unknown question type weather");
        assertThat(expert.postJson(updateQuestions(family), Map.of("segments", List.of(Map.of("segmentIndex", 0,
                "persona_winners", Map.of("dragon", "action"))))).expect(400).json().path("message").asString())
                .startsWith("unknown companion dragon");
        assertThat(expert.postJson(updateQuestions(family), Map.of("segments", List.of(Map.of("segmentIndex", 0,
                "comment", "x".repeat(2001))))).expect(400).json().path("message").asString())
                .isEqualTo("segments[0].comment must be at most 2000 characters");
        assertThat(expert.postJson(updateQuestions(family), Map.of("revision", "soon")).expect(400).json()
                .path("message").asString()).isEqualTo("revision must be a whole number");

        JsonNode after = expert.get(finalQuestions(family)).expect(200).json();
        assertThat(after.path("revision").asInt()).isEqualTo(revision);
        assertThat(after.path("segments").get(0).path("comment").isNull()).isTrue();
    }
}
