package piggyback.api.expert.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import piggyback.api.ApiClient;
import piggyback.storage.cues.Cue;
import piggyback.storage.cues.Cues;
import piggyback.storage.media.MediaStore;
import piggyback.storage.videos.FrameRow;
import piggyback.storage.videos.Frames;
import piggyback.storage.videos.MediaKeys;
import tools.jackson.databind.JsonNode;

/**
 * The edit page's two routes: a segment's material (the frames sampled for the question writer and
 * what is said in its seconds) and what children answered per published question, matched by
 * question_id or, for answers without one, by text; bad input is a 400 naming the field.
 */
class SegmentMaterialAndAnswerStatsTest extends ReviewApiTest {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9};

    @Autowired
    Frames frames;
    @Autowired
    Cues cues;
    @Autowired
    MediaStore store;

    @Test
    void aSegmentsMaterialIsTheSampledFramesAndWhatIsSaidInItsSeconds() {
        Family family = reviewFamily();
        String id = family.videoId();
        List<FrameRow> rows = new ArrayList<>();
        for (int second = 0; second < 70; second++) {
            rows.add(new FrameRow(second, 320, 180, null));
            store.put(MediaKeys.frame(id, second), JPEG, "image/jpeg");
        }
        frames.upsertAll(id, rows);
        cues.replace(id, List.of(new Cue(1000, 3000, "Pip ran home."), new Cue(59_500, 61_000, "Bella waved."),
                new Cue(70_000, 72_000, "Later on.")));

        JsonNode material = expertOf(family).get(material(id, "0", "59")).expect(200).json();

        // sixty frames: every twelfth from the first, five in all, as the question writer got them
        assertThat(material.path("frames").valueStream().map(f -> f.path("second").asInt()))
                .containsExactly(0, 12, 24, 36, 48);
        String url = material.path("frames").get(1).path("url").asString();
        assertThat(url).isEqualTo("/downloads/" + id + "/frames/12.jpg");
        assertThat(material.path("transcript").valueStream().map(c -> c.path("text").asString()))
                .containsExactly("Pip ran home.", "Bella waved.");
        assertThat(material.path("transcript").get(0).path("start").asDouble()).isEqualTo(1.0);
        assertThat(expertOf(family).get(material(id, "60", "119")).expect(200).json().path("transcript")
                .valueStream().map(c -> c.path("text").asString())).containsExactly("Bella waved.", "Later on.");
        // the frames open for the video's expert, never for a child's device
        assertThat(expertOf(family).get(url).expect(200).header("Content-Type")).startsWith("image/jpeg");
        learner(family.parentCode()).get(url).expect(403);
    }

    @Test
    void badBoundsAreRefusedWithTheirReason() {
        Family family = reviewFamily();
        ApiClient expert = expertOf(family);
        String base = "/api/expert/video/" + family.videoId() + "/segment-material";

        assertThat(message(expert.get(base + "?end=59").expect(400))).startsWith("start is required");
        assertThat(message(expert.get(material(family.videoId(), "0", "soon")).expect(400)))
                .isEqualTo("end must be a number of seconds");
        assertThat(message(expert.get(material(family.videoId(), "-1", "59")).expect(400)))
                .isEqualTo("start must be from 0 to 86400 seconds");
        for (String bad : List.of("NaN", "Infinity", "1e9")) {
            expert.get(material(family.videoId(), "0", bad)).expect(400);
        }
        assertThat(message(expert.get(material(family.videoId(), "60", "59")).expect(400)))
                .isEqualTo("end must not be before start");
    }

    @Test
    void childrensAnswersAreCountedPerPublishedQuestionWithoutNamingAChild() {
        Family family = reviewFamily();
        ApiClient expert = expertOf(family);
        String stats = "/api/expert/video/" + family.videoId() + "/answer-stats";
        JsonNode nothingYet = expert.get(stats).expect(200).json();
        assertThat(nothingYet.path("version").isNull()).isTrue();
        assertThat(nothingYet.path("questions")).isEmpty();
        expert.postJson(updateQuestions(family), Map.of("segments", List.of(), "publish", true)).expect(200);
        long whatDidPipDo = jdbc.sql("""
                SELECT q.question_id FROM question_set_questions q JOIN question_sets s ON s.set_id = q.set_id
                WHERE s.video_id = ? AND s.status = 'published' AND q.question = 'What did Pip do?'""")
                .param(family.videoId()).query(Long.class).single();
        String parentId = jdbc.sql("SELECT parent_id FROM children WHERE child_id = ?").param(family.childId())
                .query(String.class).single();
        String ben = newChild(family.expertId(), parentId, "Ben");
        ApiClient device = learner(family.parentCode());

        // by id; by the pig's wording of the same question (an older player sent no ids); retries left out
        save(device, family.childId(), family.videoId(),
                answer("What did Pip do?", "ran home", "correct", whatDidPipDo),
                answer("What did Pip do?", "home", "retry", whatDidPipDo),
                answer("Who was happy?", "a dog", "wrong", null));
        save(device, ben, family.videoId(),
                answer("Ooh! What did Pip DO, tell me tell me?!", "he ran", "almost", null),
                answer("who was  HAPPY?", "A  Dog", "wrong", null),
                answer("Who was happy?", "the cat", "wrong", null),
                answer("A question never asked", "x", "wrong", null));
        device.postJson("/api/save-quiz-score", Map.of("child_id", ben, "video_id", family.videoId(),
                "details", List.of(Map.of("question", "q", "status", "wrong", "question_id", "seven")))).expect(400);

        ApiClient.Reply reply = expert.get(stats).expect(200);
        JsonNode view = reply.json();
        assertThat(view.path("version").asInt()).isEqualTo(1);
        JsonNode action = byText(view, "What did Pip do?");
        assertThat(action.path("question_id").asLong()).isEqualTo(whatDidPipDo);
        assertThat(action.path("children").asInt()).isEqualTo(2);
        assertThat(action.path("answers").asInt()).isEqualTo(2);
        assertThat(action.path("correct").asInt()).isEqualTo(50);
        assertThat(action.path("almost").asInt()).isEqualTo(50);
        assertThat(action.path("wrong").asInt()).isZero();
        JsonNode character = byText(view, "Who was happy?");
        assertThat(character.path("segmentIndex").asInt()).isZero();
        assertThat(character.path("answers").asInt()).isEqualTo(3);
        assertThat(character.path("wrong").asInt()).isEqualTo(100);
        assertThat(character.path("common_wrong_answers").valueStream()
                .map(w -> w.path("answer").asString() + "×" + w.path("count").asInt()))
                .containsExactly("a dog×2", "the cat×1");
        assertThat(byText(view, "How did Bella feel?").path("answers").asInt()).isZero();
        assertThat(reply.body()).doesNotContain(family.childId(), ben, "Kid", "Ben");

        expert.get(stats + "?version=9").expect(404);
        expert.postJson(updateQuestions(family), Map.of("segments", List.of(), "publish", false)).expect(200);
        expert.get(stats + "?version=2").expect(404);
    }

    private static String material(String videoId, String start, String end) {
        return "/api/expert/video/" + videoId + "/segment-material?start=" + start + "&end=" + end;
    }

    private static String message(ApiClient.Reply reply) {
        JsonNode body = reply.json();
        return body.has("detail") ? body.path("detail").asString() : body.path("message").asString();
    }

    private static Map<String, Object> answer(String question, String said, String status, Long questionId) {
        Map<String, Object> answer = new HashMap<>(Map.of("question", question, "userAnswer", said, "status", status));
        if (questionId != null) {
            answer.put("question_id", questionId);
        }
        return answer;
    }

    @SafeVarargs
    private static void save(ApiClient device, String childId, String videoId, Map<String, Object>... answers) {
        device.postJson("/api/save-quiz-score", Map.of("child_id", childId, "video_id", videoId,
                "details", List.of(answers))).expect(200);
    }

    private static JsonNode byText(JsonNode view, String question) {
        return view.path("questions").valueStream().filter(q -> q.path("question").asString().equals(question))
                .findFirst().orElseThrow(() -> new AssertionError("no " + question + " in " + view));
    }
}
