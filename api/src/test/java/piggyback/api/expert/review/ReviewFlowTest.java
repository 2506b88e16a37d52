package piggyback.api.expert.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import piggyback.api.ApiClient;
import tools.jackson.databind.JsonNode;

/** Reviewing a video: the draft from the pipeline, triage and edits, publishing, and what children get. */
class ReviewFlowTest extends ReviewApiTest {

    @Test
    void theFirstDraftIsThePipelinesQuestionsAndWording() {
        Family family = reviewFamily();

        JsonNode view = expertOf(family).get(finalQuestions(family)).expect(200).json();

        assertThat(view.path("success").asBoolean()).isTrue();
        assertThat(view.path("status").asString()).isEqualTo("draft");
        assertThat(view.path("version").asInt()).isEqualTo(1);
        assertThat(view.path("revision").asInt()).isZero();
        assertThat(view.path("error").isNull()).isTrue();
        assertThat(view.path("segments").size()).isEqualTo(2);
        JsonNode first = view.path("segments").get(0);
        assertThat(first.path("start").asInt()).isZero();
        assertThat(first.path("end").asInt()).isEqualTo(59);
        assertThat(first.path("aiQuestions").size()).isEqualTo(3);
        JsonNode action = aiQuestion(view, 0, "action");
        assertThat(action.path("question").asString()).isEqualTo("What did Pip do?");
        assertThat(action.path("llm_ranking").asInt()).isEqualTo(1);
        assertThat(action.path("trashed").asBoolean()).isFalse();
        assertThat(first.path("persona_variants").path("pig").path("character").path("q").asString())
                .isEqualTo("Wow! WHO was happy?!");
        assertThat(first.path("persona_winners").isEmpty()).isTrue();
        // nothing is served to children before a publish
        assertThat(servedToChild(family, null).path("success").asBoolean()).isFalse();
    }

    @Test
    void editsTriageAndAPigWinnerArePublishedToChildrenWithWhoAndWhen() {
        Family family = reviewFamily();
        ApiClient expert = expertOf(family);
        JsonNode draft = expert.get(finalQuestions(family)).expect(200).json();
        long action = aiQuestion(draft, 0, "action").path("id").asLong();
        long character = aiQuestion(draft, 0, "character").path("id").asLong();

        Map<String, Object> segment = new LinkedHashMap<>();
        segment.put("segmentIndex", 0);
        segment.put("aiQuestions", List.of(
                Map.of("id", action, "trashed", true),
                Map.of("id", character, "question", "Who felt happy in the park?", "answer", "Pip", "ranking", 1)));
        segment.put("persona_variants", Map.of("pig", Map.of("character",
                Map.of("q", "Ooh! WHO felt HAPPY in the park?!", "a", "Pip"))));
        segment.put("persona_winners", Map.of("pig", "character"));
        segment.put("triageComment", "The action question gives the answer away");
        JsonNode published = expert.postJson(updateQuestions(family), Map.of("revision", 0,
                "segments", List.of(segment))).expect(200).json();

        assertThat(published.path("status").asString()).isEqualTo("published");
        assertThat(published.path("message").asString()).isEqualTo("Questions updated successfully.");
        JsonNode edited = aiQuestion(published, 0, "character");
        assertThat(edited.path("question").asString()).isEqualTo("Who felt happy in the park?");
        assertThat(edited.path("originalQuestion").asString()).isEqualTo("Who was happy?");
        assertThat(edited.path("modified").asBoolean()).isTrue();
        assertThat(edited.path("expert_ranking").asInt()).isEqualTo(1);
        assertThat(edited.path("updated_by").asString()).isEqualTo(family.expertId());
        assertThat(edited.path("updated_at").asString()).endsWith("+00:00");
        assertThat(aiQuestion(published, 0, "action").path("trashed").asBoolean()).isTrue();

        JsonNode plain = servedToChild(family, null).path("segments").get(0);
        assertThat(plain.path("question").asString()).isEqualTo("Who felt happy in the park?");
        assertThat(plain.path("question_type").asString()).isEqualTo("character");
        JsonNode pig = servedToChild(family, "pig").path("segments").get(0);
        assertThat(pig.path("question").asString()).isEqualTo("Ooh! WHO felt HAPPY in the park?!");
        assertThat(pig.path("answer").asString()).isEqualTo("Pip");

        List<Map<String, Object>> decisions = jdbc.sql("""
                        SELECT d.kind, d.subject, d.new_value, d.decided_by FROM question_set_decisions d
                        JOIN question_sets s ON s.set_id = d.set_id WHERE s.video_id = ? ORDER BY d.decision_id""")
                .param(family.videoId()).query().listOfRows();
        assertThat(decisions).extracting(row -> row.get("kind") + ":" + row.get("subject")).containsExactly(
                "triage_comment:null", "trash:action", "rank:character", "edit:character", "companion_line:pig/character",
                "winner:pig", "published:null");
        assertThat(decisions).allSatisfy(row -> assertThat(row.get("decided_by")).isEqualTo(family.expertId()));
    }

    @Test
    void saveFinalQuestionsPublishesAndChecksItsBody() {
        Family family = reviewFamily();
        ApiClient expert = expertOf(family);

        assertThat(expert.postJson("/api/save-final-questions", Map.of("data", Map.of("segments", List.of())))
                .expect(400).json().path("message").asString()).isEqualTo("videoId is required");
        assertThat(expert.postJson("/api/save-final-questions", Map.of("videoId", family.videoId()))
                .expect(400).json().path("message").asString()).isEqualTo("No data provided");
        assertThat(expert.postJson("/api/save-final-questions", Map.of("videoId", family.videoId(), "data",
                Map.of("segments", "not a list"))).expect(400).json().path("message").asString())
                .isEqualTo("segments must be a list");
        // the reference preview page's shape: question types by name, "setting" and a ranking
        JsonNode saved = expert.postJson("/api/save-final-questions", Map.of("videoId", family.videoId(), "data",
                Map.of("segments", List.of(Map.of("start", 60, "end", 119, "approved", true, "aiQuestions", List.of(
                        Map.of("type", "outcome", "question", "How did it end?", "answer", "home", "ranking", 1),
                        Map.of("type", "feeling", "trashed", true))))))).expect(200).json();

        assertThat(saved.path("message").asString()).isEqualTo("Final questions saved successfully");
        assertThat(saved.path("version").asInt()).isEqualTo(1);
        JsonNode second = servedToChild(family, null).path("segments").get(1);
        assertThat(second.path("question").asString()).isEqualTo("How did it end?");
        assertThat(second.path("segment_range_start").asInt()).isEqualTo(60);
        JsonNode reopened = expert.get(finalQuestions(family)).expect(200).json();
        assertThat(reopened.path("segments").get(1).path("approved").asBoolean()).isTrue();
    }

    @Test
    void theExpertsOwnQuestionAndSkipsAreDraftsUntilPublished() {
        Family family = reviewFamily();
        ApiClient expert = expertOf(family);

        JsonNode saved = expert.postJson("/api/expert-questions", Map.of("videoId", family.videoId(),
                "segmentStart", 0, "segmentEnd", 59, "questionType", "settings", "question", " Where is Pip? ",
                "answer", "in the forest")).expect(200).json();
        assertThat(saved.path("message").asString()).isEqualTo("Expert question saved.");
        assertThat(saved.path("skipped").asBoolean()).isFalse();
        assertThat(expert.postJson("/api/expert-questions", Map.of("video_id", family.videoId(), "segmentStart", 60,
                "segmentEnd", 119, "skip", true, "skipReason", "only credits")).expect(200).json()
                .path("message").asString()).isEqualTo("Segment marked as skipped.");
        assertThat(expert.postJson("/api/expert-questions", Map.of("videoId", family.videoId(), "segmentStart", 0,
                "segmentEnd", 59, "questionType", "weather", "question", "Q?", "answer", "A")).expect(400).json()
                .path("message").asString()).isEqualTo("Invalid question type");
        assertThat(expert.postJson("/api/expert-questions", Map.of("videoId", family.videoId(), "segmentStart", 0,
                "segmentEnd", 59, "questionType", "setting", "question", "Q?")).expect(400).json()
                .path("message").asString()).isEqualTo("Question and answer are required");

        JsonNode listed = expert.get("/api/expert-questions/" + family.videoId()).expect(200).json();
        assertThat(listed.path("questions").size()).isEqualTo(2);
        assertThat(listed.path("questions").get(0).path("question_type").asString()).isEqualTo("setting");
        assertThat(listed.path("questions").get(0).path("question").asString()).isEqualTo("Where is Pip?");
        assertThat(listed.path("questions").get(1).path("skipped").asBoolean()).isTrue();
        assertThat(listed.path("questions").get(1).path("skip_reason").asString()).isEqualTo("only credits");
        assertThat(listed.path("segments").get(0).path("questions").path("action").path("q").asString())
                .isEqualTo("What did Pip do?");
        assertThat(servedToChild(family, null).path("success").asBoolean()).isFalse();

        JsonNode view = expert.get(finalQuestions(family)).expect(200).json();
        assertThat(view.path("status").asString()).isEqualTo("in_review");
        assertThat(view.path("segments").get(0).path("expertQuestion").path("type").asString()).isEqualTo("setting");
        assertThat(view.path("segments").get(1).path("skipped").asBoolean()).isTrue();
        expert.postJson(updateQuestions(family), Map.of("revision", view.path("revision").asInt())).expect(200);
        // the skipped segment asks nothing; segment 0 still asks the best-ranked AI question
        JsonNode served = servedToChild(family, null);
        assertThat(served.path("segments").size()).isEqualTo(1);
        assertThat(served.path("segments").get(0).path("question").asString()).isEqualTo("What did Pip do?");
    }

    @Test
    void annotationsStoreTheBestQuestionVerdict() {
        Family family = reviewFamily();
        ApiClient expert = expertOf(family);
        Map<String, Object> body = new LinkedHashMap<>(Map.of("mode", "review",
                "file", family.videoId() + "/questions/" + family.videoId() + ".json", "start", 0, "end", 59,
                "question_type", "character", "question", "Who ran?", "answer", "Pip",
                "best_question", Map.of("question", "What did Pip do?", "answer", "ran home", "approved", false)));

        assertThat(expert.postJson("/api/expert-annotations", body).expect(400).json().path("message").asString())
                .isEqualTo("Provide a comment when disapproving the best question.");
        body.put("best_question", Map.of("question", "What did Pip do?", "approved", "no", "comment", "Too easy"));
        JsonNode saved = expert.postJson("/api/expert-annotations", body).expect(200).json();
        assertThat(saved.path("annotation").path("question_type_label").asString()).isEqualTo("Character");
        body.put("start", "zero");
        assertThat(expert.postJson("/api/expert-annotations", body).expect(400).json().path("message").asString())
                .isEqualTo("Invalid segment bounds.");

        JsonNode segment = expert.get(finalQuestions(family)).expect(200).json().path("segments").get(0);
        assertThat(segment.path("best_question").path("approved").asBoolean()).isFalse();
        assertThat(segment.path("best_question").path("comment").asString()).isEqualTo("Too easy");
        assertThat(segment.path("expertQuestion").path("question").asString()).isEqualTo("Who ran?");
    }
}
