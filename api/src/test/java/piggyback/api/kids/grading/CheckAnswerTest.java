package piggyback.api.kids.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import piggyback.api.ApiClient;
import piggyback.api.ApiTest;
import piggyback.testing.QuestionSetRows;
import tools.jackson.databind.JsonNode;

/** POST /api/check_answer (spec §1.4, §5) over HTTP, with the offline providers of the test profile. */
class CheckAnswerTest extends ApiTest {

    @Test
    void theReplyHasExactlyTheReferencesSixFieldsWithTheTextsEchoedCleaned() {
        JsonNode reply = expertSession().postJson("/api/check_answer",
                Map.of("expected", "  Pikachu ", "user", "PIKAHU", "question", "What is the name of this yellow pokemon"))
                .expect(200).json();

        assertThat(reply.propertyNames()).containsExactly("similarity", "expected", "user", "is_numeric", "status",
                "reason");
        assertThat(reply.path("similarity").isNumber()).isTrue();
        assertThat(reply.path("similarity").asDouble()).isEqualTo(0.923);
        assertThat(reply.path("expected").asString()).isEqualTo("pikachu");
        assertThat(reply.path("user").asString()).isEqualTo("pikahu");
        assertThat(reply.path("is_numeric").isBoolean()).isTrue();
        assertThat(reply.path("status").asString()).isEqualTo("correct");
        assertThat(reply.path("reason").asString()).isEqualTo("Key words said");
    }

    /** Rows of the worked examples (spec §5.6): their grades stay, the reasons are the grading model's. */
    @ParameterizedTest(name = "{0} / {1} → {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            three                | 3            | how many dogs         | correct | 1.0   | true  | Numeric answer matched
            five apples          | apples       | how many apples       | wrong   | 0.0   | true  | Missing numeric answer
            red, blue, and green | red and blue | name two colors       | correct | 1.0   | false | Matched 2 of 3 items (need 2)
            the dog is happy     | glad puppy   | how does the dog feel | correct | 1.0   | false | Key words said
            in the forest        | the park     | ""                    | wrong   | 0.286 | false | Judged uncertain answer by meaning
            one hundred          | 100          | ""                    | correct | 1.0   | true  | Numeric answer matched
            """)
    void workedExamples(String expected, String user, String question, String status, double similarity,
                        boolean isNumeric, String reason) {
        JsonNode reply = expertSession().postJson("/api/check_answer",
                Map.of("expected", expected, "user", user, "question", question)).expect(200).json();

        assertThat(reply.path("status").asString()).isEqualTo(status);
        assertThat(reply.path("similarity").asDouble()).isEqualTo(similarity);
        assertThat(reply.path("is_numeric").asBoolean()).isEqualTo(isNumeric);
        assertThat(reply.path("reason").asString()).isEqualTo(reason);
    }

    @Test
    void theFixedBugsAreFixedOverHttpToo() {
        ApiClient client = expertSession();

        assertThat(grade(client, "hungry", "not hungry", "how did the puppy feel").path("status").asString())
                .isEqualTo("wrong");
        assertThat(grade(client, "happy", "sad", "how does the dog feel").path("reason").asString())
                .isEqualTo("Opposite answer (sad / happy)");
        assertThat(grade(client, "five", "one two three four five", "how many apples").path("status").asString())
                .isEqualTo("correct");
        assertThat(grade(client, "forty two", "42", "how many balloons").path("reason").asString())
                .isEqualTo("Numeric answer matched");
        assertThat(grade(client, "red, blue, and green", "purple", "what colors").path("status").asString())
                .isEqualTo("wrong");
    }

    @Test
    void theOfflineJudgeDecidesWhatTheRulesAreNotSureOfAndSaysSo() {
        JsonNode city = grade(expertSession(), "in the forest", "in the city", "where does the story take place");
        JsonNode sea = grade(expertSession(), "in the ocean", "in the sea", "where did the fish live");

        assertThat(city.path("reason").asString()).isEqualTo("Judged uncertain answer by meaning");
        assertThat(city.path("status").asString()).isEqualTo("wrong");
        assertThat(sea.path("status").asString()).isEqualTo("correct");
    }

    @Test
    void anEmptyBodyIsAnEmptyInput() {
        JsonNode reply = expertSession().postJson("/api/check_answer", "{}").expect(200).json();

        assertThat(reply.path("status").asString()).isEqualTo("wrong");
        assertThat(reply.path("reason").asString()).isEqualTo("Empty input");
        assertThat(reply.path("similarity").asDouble()).isZero();
        assertThat(reply.path("expected").asString()).isEmpty();
    }

    @Test
    void numbersAndBooleansAreGradedAsTheirText() {
        JsonNode number = expertSession().postJson("/api/check_answer",
                "{\"expected\": 3, \"user\": \"three\", \"question\": \"how many dogs\"}").expect(200).json();
        JsonNode bool = expertSession().postJson("/api/check_answer",
                "{\"expected\": true, \"user\": \"True\"}").expect(200).json();

        assertThat(number.path("expected").asString()).isEqualTo("3");
        assertThat(number.path("status").asString()).isEqualTo("correct");
        assertThat(bool.path("user").asString()).isEqualTo("true");
        assertThat(bool.path("status").asString()).isEqualTo("correct");
    }

    @Test
    void overLongAndStructuredFieldsAre400WithAMessage() {
        ApiClient client = expertSession();
        String longText = "a".repeat(501);

        for (String field : List.of("expected", "user", "question")) {
            Map<String, Object> body = new HashMap<>(Map.of("expected", "dog", "user", "dog", "question", "q"));
            body.put(field, longText);
            assertThat(client.postJson("/api/check_answer", body).expect(400).json().path("message").asString())
                    .isEqualTo(field + " must be at most 500 characters");
        }
        assertThat(client.postJson("/api/check_answer", Map.of("expected", "a".repeat(500), "user", "a"))
                .status()).isEqualTo(200);
        assertThat(client.postJson("/api/check_answer", "{\"expected\": [\"dog\"], \"user\": \"dog\"}")
                .expect(400).json().path("message").asString()).isEqualTo("expected must be a string");
        assertThat(client.postJson("/api/check_answer", "[1, 2]").status()).isEqualTo(422);
    }

    @Test
    void withoutASessionItIs401() {
        anonymous().postJson("/api/check_answer", Map.of("expected", "dog", "user", "dog")).expect(401);
    }

    @Test
    void aQuestionIdGradesAgainstTheStoredAnswerAndQuestion() {
        Family family = familyWithVideo();
        long questionId = family.rows.question(family.videoId, "published", false, "How many dogs are there?",
                "three");

        JsonNode reply = learner(family.parentCode).postJson("/api/check_answer",
                Map.of("question_id", questionId, "user", "one two three", "expected", "ignored")).expect(200).json();
        JsonNode asText = learner(family.parentCode).postJson("/api/check_answer",
                Map.of("question_id", String.valueOf(questionId), "user", "four")).expect(200).json();

        assertThat(reply.path("expected").asString()).isEqualTo("three");
        assertThat(reply.path("status").asString()).isEqualTo("correct");
        assertThat(reply.path("is_numeric").asBoolean()).isTrue();
        assertThat(asText.path("reason").asString()).isEqualTo("Numeric mismatch");
    }

    @Test
    void aQuestionIdMustBePublishedKnownAndOfTheCallersVideos() {
        Family family = familyWithVideo();
        long draft = family.rows.question(family.videoId, "draft", false, "q", "dog");
        String otherVideo = family.rows.newVideo();
        long elsewhere = family.rows.question(otherVideo, "published", false, "q", "dog");
        ApiClient device = learner(family.parentCode);

        assertThat(device.postJson("/api/check_answer", Map.of("question_id", draft, "user", "dog"))
                .expect(404).json().path("message").asString()).isEqualTo("Question not found");
        device.postJson("/api/check_answer", Map.of("question_id", Long.MAX_VALUE, "user", "dog")).expect(404);
        assertThat(device.postJson("/api/check_answer", Map.of("question_id", elsewhere, "user", "dog"))
                .expect(403).json().path("message").asString())
                .isEqualTo("You may only grade questions of your own videos");
        expert(family.expertId, family.expertPassword)
                .postJson("/api/check_answer", Map.of("question_id", elsewhere, "user", "dog")).expect(403);
        admin().postJson("/api/check_answer", Map.of("question_id", elsewhere, "user", "dog")).expect(200);
        assertThat(device.postJson("/api/check_answer", Map.of("question_id", "12a", "user", "dog"))
                .expect(400).json().path("message").asString()).isEqualTo("question_id must be a whole number");
    }

    @Test
    void aLearnerOfTheExpertsClassCodeGradesTheExpertsVideos() {
        Family family = familyWithVideo();
        newChild(family.expertId, null, "Solo");
        long questionId = family.rows.question(family.videoId, "published", false, "How does the dog feel?", "happy");

        JsonNode reply = learner(newClassCode(family.expertId, family.expertPassword)).postJson("/api/check_answer",
                Map.of("question_id", questionId, "user", "glad")).expect(200).json();

        assertThat(reply.path("status").asString()).isEqualTo("correct");
    }

    private static JsonNode grade(ApiClient client, String expected, String user, String question) {
        return client.postJson("/api/check_answer", Map.of("expected", expected, "user", user, "question", question))
                .expect(200).json();
    }

    private ApiClient expertSession() {
        String password = "pw-" + unique();
        return expert(newExpert(password), password);
    }

    /** An expert with a video assigned, and a parent whose child that expert teaches. */
    private Family familyWithVideo() {
        String password = "pw-" + unique();
        String expertId = newExpert(password);
        String parentCode = "fam-" + unique();
        newChild(expertId, newParent(parentCode), "Mia");
        QuestionSetRows rows = new QuestionSetRows(jdbc);
        String videoId = rows.newVideo();
        admin().postJson("/api/admin/videos/assignments", Map.of("video_id", videoId, "expert_id", expertId))
                .expect(200);
        return new Family(expertId, password, parentCode, videoId, rows);
    }

    private record Family(String expertId, String expertPassword, String parentCode, String videoId,
                          QuestionSetRows rows) {
    }
}
