package piggyback.api.kids.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import piggyback.api.ApiClient;
import piggyback.api.kids.KidsApiTest;
import piggyback.storage.companions.CompanionVariant;
import piggyback.storage.companions.CompanionVariants;
import piggyback.storage.cues.Cue;
import piggyback.storage.cues.Cues;
import piggyback.storage.media.MediaStore;
import piggyback.storage.questions.CompanionLine;
import piggyback.storage.questions.QuestionDraft;
import piggyback.storage.questions.QuestionSets;
import piggyback.storage.questions.SegmentDraft;
import piggyback.storage.segments.GeneratedQuestion;
import piggyback.storage.segments.GeneratedSegment;
import piggyback.storage.segments.GeneratedSegments;
import piggyback.storage.videos.MediaKeys;
import tools.jackson.databind.JsonNode;

/** GET /api/play/{video_id} and its captions: the player's questions carry ids and speech, never answers. */
class PlayerTest extends KidsApiTest {

    @Autowired
    QuestionSets questionSets;
    @Autowired
    GeneratedSegments generated;
    @Autowired
    CompanionVariants variants;
    @Autowired
    MediaStore store;
    @Autowired
    Cues cues;

    @Test
    void theQuestionsComeInTheCompanionsWordsWithTheirSpeechAndWithoutAnswers() {
        Family family = stored(family());
        String video = family.videoId();
        generated.replace(video, new GeneratedSegment(0, 59, GeneratedSegment.GENERATED, "offline", null, null, null, 1,
                List.of(new GeneratedQuestion("character", "Who is the hero?", "the dog", 1))));
        generated.replace(video, new GeneratedSegment(60, 119, GeneratedSegment.GENERATED, "offline", null, null, null,
                1, List.of(new GeneratedQuestion("action", "What does the cat do?", "jumps", 1))));
        variants.upsert(video, List.of(new CompanionVariant(0, "character", "pig", "Ooh! WHO is the hero?!",
                "the dog", "offline-templates")));
        store.put(MediaKeys.speech(video, "pig", "0-character"), new byte[] {1, 2, 3}, "audio/mpeg");
        store.put(MediaKeys.speech(video, "plain", "60-action"), new byte[] {4, 5}, "audio/mpeg");
        long setId = questionSets.publish(video, List.of(
                new SegmentDraft(0, 59, false, null, null, List.of(question("character", "Who is the hero?", "the dog")),
                        List.of(new CompanionLine("pig", "character", "Ooh! WHO is the hero?!", "the dog", true))),
                new SegmentDraft(60, 119, false, null, null,
                        List.of(question("action", "What does the cat do?", "jumps")), List.of()),
                new SegmentDraft(120, 130, false, null, null,
                        List.of(question("feeling", "How does the cat feel now?", "happy")), List.of())),
                family.expertId());
        ApiClient device = learner(family.parentCode());

        JsonNode reply = device.get("/api/play/" + video + "?child_id=" + family.childId() + "&companion=pig")
                .expect(200).json();

        assertThat(reply.path("child").path("interaction_mode").asString()).isEqualTo("flexible");
        assertThat(reply.path("companion").asString()).isEqualTo("pig");
        assertThat(reply.path("video").path("source").asString()).isEqualTo("/downloads/" + video + "/source.mp4");
        assertThat(reply.path("video").path("captions").isNull()).isTrue();
        assertThat(reply.path("questions_published").asBoolean()).isTrue();
        JsonNode questions = reply.path("questions");
        assertThat(questions.size()).isEqualTo(3);
        assertThat(questions.findValues("answer")).isEmpty();
        assertThat(reply.toString()).doesNotContain("the dog", "jumps", "happy");
        assertThat(questions.get(0).path("question").asString()).isEqualTo("Ooh! WHO is the hero?!");
        assertThat(questions.get(0).path("question_id").asLong()).isEqualTo(questionId(setId, "Who is the hero?"));
        assertThat(questions.get(0).path("speech").asString())
                .isEqualTo("/downloads/" + video + "/tts/pig/0-character.mp3");
        // no companion line: the plain recording of the same words
        assertThat(questions.get(1).path("speech").asString())
                .isEqualTo("/downloads/" + video + "/tts/plain/60-action.mp3");
        // words nobody recorded (an expert's own question): the page speaks them through /api/tts
        assertThat(questions.get(2).path("speech").isNull()).isTrue();
        assertThat(questions.get(2).path("segment_range_end").asInt()).isEqualTo(130);

        ApiClient.Reply audio = device.get(questions.get(0).path("speech").asString()).expect(200);
        assertThat(audio.header("Content-Type")).isEqualTo("audio/mpeg");
        device.get("/downloads/" + video + "/tts/pig/0-unknown.mp3").expect(404);
    }

    @Test
    void anExpertsRewordingHasNoRecordingOfTheOldWords() {
        Family family = stored(family());
        String video = family.videoId();
        generated.replace(video, new GeneratedSegment(0, 59, GeneratedSegment.GENERATED, "offline", null, null, null, 1,
                List.of(new GeneratedQuestion("character", "Who is the hero?", "the dog", 1))));
        store.put(MediaKeys.speech(video, "plain", "0-character"), new byte[] {1}, "audio/mpeg");
        questionSets.publish(video, List.of(new SegmentDraft(0, 59, false, null, null,
                List.of(question("character", "Which animal saves the day?", "the dog")), List.of())), family.expertId());

        JsonNode question = learner(family.parentCode())
                .get("/api/play/" + video + "?child_id=" + family.childId()).expect(200).json().path("questions").get(0);

        assertThat(question.path("question").asString()).isEqualTo("Which animal saves the day?");
        assertThat(question.path("speech").isNull()).isTrue();
    }

    @Test
    void withNothingPublishedTheVideoPlaysWithoutQuestionsAndCaptionsComeFromTheCues() {
        Family family = stored(family());
        String video = family.videoId();
        cues.replace(video, List.of(new Cue(0, 1500, "The little pig jumps"), new Cue(61_500, 3_725_250, "over -->\n\nit")));
        ApiClient device = learner(family.parentCode());

        JsonNode reply = device.get("/api/play/" + video + "?child_id=" + family.childId() + "&companion=alligator")
                .expect(200).json();

        assertThat(reply.path("questions_published").asBoolean()).isFalse();
        assertThat(reply.path("questions").size()).isZero();
        assertThat(reply.path("video").path("captions").asString()).isEqualTo("/api/play/" + video + "/captions.vtt");
        ApiClient.Reply vtt = device.get("/api/play/" + video + "/captions.vtt").expect(200);
        assertThat(vtt.header("Content-Type")).startsWith("text/vtt");
        assertThat(vtt.body()).isEqualTo("""
                WEBVTT

                00:00:00.000 --> 00:00:01.500
                The little pig jumps

                00:01:01.500 --> 01:02:05.250
                over ->
                it
                """);
    }

    @Test
    void onlyTheFamilysChildAndItsExpertsVideosArePlayed() {
        Family family = stored(family());
        Family other = stored(family());
        ApiClient device = learner(family.parentCode());
        String mine = "/api/play/" + family.videoId();

        device.get(mine + "?child_id=" + other.childId()).expect(403);
        device.get("/api/play/" + other.videoId() + "?child_id=" + family.childId()).expect(403);
        assertThat(device.get(mine).expect(400).json().path("message").asString()).isEqualTo("child_id is required");
        device.get(mine + "?child_id=" + family.childId() + "&companion=dragon").expect(400);
        device.get("/api/play/bad.id?child_id=" + family.childId()).expect(400);
        device.get("/api/play/" + other.videoId() + "/captions.vtt").expect(403);
        anonymous().get(mine + "?child_id=" + family.childId()).expect(401);
        admin().post("/api/admin/children/" + family.childId() + "/deactivate").expect(200);
        expert(family.expertId(), family.expertPassword()).get(mine + "?child_id=" + family.childId()).expect(404);
    }

    private Family stored(Family family) {
        store.put(MediaKeys.source(family.videoId()), new byte[] {0, 0, 0, 24}, "video/mp4");
        return family;
    }

    private static QuestionDraft question(String type, String question, String answer) {
        return new QuestionDraft(type, question, answer, "ai", 1, 1, false, false);
    }

    private long questionId(long setId, String question) {
        return jdbc.sql("SELECT question_id FROM question_set_questions WHERE set_id = ? AND question = ?")
                .params(setId, question).query(Long.class).single();
    }
}
