package piggyback.api.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import piggyback.api.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * POST /api/save-quiz-score in both body shapes (docs/decisions/0019-quiz-attempts.md), and every refusal writing
 * nothing.
 */
class SaveQuizScoreTest extends QuizApiTest {

    @Test
    void theReferencesNestedBodyIsSavedAsSent() {
        Family family = family();
        String video = videoOf(family);
        Map<String, Object> body = nested(family.childId(), video, 2, 1, 1, 50, 3,
                List.of(answer("character", "correct"), answer("setting", "almost"), retry()));
        body.put("watch_minutes", 4.5);

        JsonNode saved = learnerOf(family).postJson("/api/save-quiz-score", body).expect(200).json();

        assertThat(saved.path("success").asBoolean()).isTrue();
        assertThat(saved.path("message").asString()).isEqualTo("Score saved!");
        assertThat(saved.path("attempt_id").asLong()).isPositive();
        JsonNode attempt = onlyAttempt(family);
        assertThat(attempt.path("attempt_id").asLong()).isEqualTo(saved.path("attempt_id").asLong());
        assertThat(attempt.path("video_id").asString()).isEqualTo(video);
        assertThat(attempt.path("total").asInt()).isEqualTo(2);
        assertThat(attempt.path("questions_total").asInt()).isEqualTo(2);
        assertThat(attempt.path("questions_correct").asInt()).isEqualTo(1);
        assertThat(attempt.path("questions_wrong").asInt()).isEqualTo(1);
        assertThat(attempt.path("percentage").asDouble()).isEqualTo(50.0);
        assertThat(attempt.path("total_retries").asInt()).isEqualTo(3);
        assertThat(attempt.path("avg_retries_per_question").asDouble()).isEqualTo(1.5);
        assertThat(attempt.path("watch_minutes").asDouble()).isEqualTo(4.5);
        // the child's own mode when the player does not say
        assertThat(attempt.path("interaction_mode").asString()).isEqualTo("flexible");
        assertThat(attempt.path("timestamp").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+00:00");
        JsonNode details = attempt.path("details");
        assertThat(details.size()).isEqualTo(3);
        assertThat(details.get(0).path("question").asString()).isEqualTo("What is character?");
        assertThat(details.get(0).path("expectedAnswer").asString()).isEqualTo("the character");
        assertThat(details.get(0).path("userAnswer").asString()).isEqualTo("a guess");
        assertThat(details.get(0).path("status").asString()).isEqualTo("correct");
        assertThat(details.get(0).path("similarity").asDouble()).isEqualTo(0.5);
        assertThat(details.get(0).path("timestamp").asString()).isEqualTo("2026-03-22T12:00:00.000Z");
        assertThat(details.get(1).path("question_type").asString()).isEqualTo("setting");
        assertThat(details.get(2).path("status").asString()).isEqualTo("retry");
        assertThat(details.get(2).path("question_type").isNull()).isTrue();
    }

    @Test
    void theSeedsFlatBodyGetsItsCountsFromTheAnswersLikeThePlayer() {
        Family family = family();
        Map<String, Object> body = new HashMap<>(Map.of("child_id", family.childId(), "video_id", videoOf(family),
                "watch_minutes", 7.25, "interaction_mode", "Strict",
                "details", List.of(answer("character", "correct"), answer("settings", "almost"), retry(),
                        answer("action", "wrong")),
                "session_id", "sess-42", "manual_pauses", 3));

        learnerOf(family).postJson("/api/save-quiz-score", body).expect(200);

        JsonNode attempt = onlyAttempt(family);
        // three first answers (one correct; one almost and one wrong count as wrong) and one retry
        assertThat(attempt.path("total").asInt()).isEqualTo(3);
        assertThat(attempt.path("questions_correct").asInt()).isEqualTo(1);
        assertThat(attempt.path("questions_wrong").asInt()).isEqualTo(2);
        assertThat(attempt.path("percentage").asDouble()).isEqualTo(33.0);
        assertThat(attempt.path("total_retries").asInt()).isEqualTo(1);
        assertThat(attempt.path("avg_retries_per_question").asDouble()).isEqualTo(0.33);
        assertThat(attempt.path("watch_minutes").asDouble()).isEqualTo(7.25);
        assertThat(attempt.path("interaction_mode").asString()).isEqualTo("strict");
        assertThat(attempt.path("session_id").asString()).isEqualTo("sess-42");
        assertThat(attempt.path("manual_pauses").asInt()).isEqualTo(3);
        // "settings" is stored as "setting"
        assertThat(attempt.path("details").get(1).path("question_type").asString()).isEqualTo("setting");
    }

    @Test
    void theSeedsFlatCountsWinOverTheAnswers() {
        Family family = family();
        Map<String, Object> body = new HashMap<>(Map.of("child_id", family.childId(), "video_id", videoOf(family),
                "percentage", 66.5, "total_retries", 4, "details", List.of(answer("action", "correct"))));

        learnerOf(family).postJson("/api/save-quiz-score", body).expect(200);

        JsonNode attempt = onlyAttempt(family);
        assertThat(attempt.path("percentage").asDouble()).isEqualTo(66.5);
        assertThat(attempt.path("total_retries").asInt()).isEqualTo(4);
        assertThat(attempt.path("total").asInt()).isEqualTo(1);
        assertThat(attempt.path("avg_retries_per_question").asDouble()).isEqualTo(4.0);
    }

    @Test
    void theViewingFieldsMaySitInsideScoreData() {
        Family family = family();
        Map<String, Object> body = nested(family.childId(), videoOf(family), 1, 1, 0, 100, 0, List.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> score = (Map<String, Object>) body.get("score_data");
        score.put("watch_minutes", 12.0);
        score.put("interaction_mode", "passive");
        body.put("interaction_mode", "strict");

        expertOf(family).postJson("/api/save-quiz-score", body).expect(200);

        JsonNode attempt = onlyAttempt(family);
        assertThat(attempt.path("watch_minutes").asDouble()).isEqualTo(12.0);
        assertThat(attempt.path("interaction_mode").asString()).isEqualTo("passive");
        assertThat(attempt.path("details").size()).isZero();
    }

    @Test
    void aNestedBodyWithoutCountsSavesZerosAsTheReferenceDoes() {
        Family family = family();
        Map<String, Object> body = Map.of("child_id", family.childId(), "video_id", videoOf(family), "score_data",
                Map.of("total", 2, "details", List.of(answer("action", "correct"))));

        admin().postJson("/api/save-quiz-score", body).expect(200);

        JsonNode attempt = onlyAttempt(family);
        assertThat(attempt.path("total").asInt()).isEqualTo(2);
        assertThat(attempt.path("questions_correct").asInt()).isZero();
        assertThat(attempt.path("percentage").asDouble()).isZero();
        assertThat(attempt.path("details").size()).isEqualTo(1);
    }

    /** A body the route must refuse, and the message it must give. */
    private record Refusal(Map<String, Object> body, String message) {
    }

    @Test
    void everyBadBodyIsA400WithAMessageAndWritesNothing() {
        Family family = family();
        ApiClient device = learnerOf(family);
        String child = family.childId();
        List<Refusal> refusals = List.of(
                new Refusal(Map.of(), "Missing child_id or video_id"),
                new Refusal(Map.of("child_id", "", "video_id", "abc"), "Missing child_id or video_id"),
                new Refusal(Map.of("child_id", child), "Missing child_id or video_id"),
                new Refusal(Map.of("child_id", "12345", "video_id", "abc"), "child_id must be 6 digits"),
                new Refusal(Map.of("child_id", "12/34 56", "video_id", "abc"), "child_id must be 6 digits"),
                new Refusal(Map.of("child_id", List.of(1), "video_id", "abc"), "child_id must be a string"),
                new Refusal(flat(child, "video_id", "../etc/passwd"), "video_id is invalid"),
                new Refusal(flat(child, "video_id", "v".repeat(65)), "video_id is invalid"),
                new Refusal(flat(child, "percentage", "50"), "percentage must be a number from 0 to 100"),
                new Refusal(flat(child, "percentage", 100.5), "percentage must be a number from 0 to 100"),
                new Refusal(flat(child, "percentage", -1), "percentage must be a number from 0 to 100"),
                new Refusal(flat(child, "percentage", true), "percentage must be a number from 0 to 100"),
                new Refusal(flat(child, "total_retries", -1), "total_retries must be a whole number of at least 0"),
                new Refusal(flat(child, "total_retries", 1.5), "total_retries must be a whole number of at least 0"),
                new Refusal(flat(child, "total", 3_000_000_000L), "total must be a whole number of at least 0"),
                new Refusal(flat(child, "correct", "2"), "correct must be a whole number of at least 0"),
                new Refusal(flat(child, "avg_retries_per_question", -0.5),
                        "avg_retries_per_question must be a number of at least 0"),
                new Refusal(flat(child, "watch_minutes", -3), "watch_minutes must be a number of at least 0"),
                new Refusal(flat(child, "watch_minutes", "long"), "watch_minutes must be a number of at least 0"),
                new Refusal(flat(child, "manual_pauses", -1), "manual_pauses must be a whole number of at least 0"),
                new Refusal(flat(child, "interaction_mode", "chaotic"), "interaction_mode is invalid"),
                new Refusal(flat(child, "interaction_mode", ""), "interaction_mode is invalid"),
                new Refusal(flat(child, "session_id", "s".repeat(65)), "session_id must be at most 64 characters"),
                new Refusal(flat(child, "details", "none"), "details must be a list"),
                new Refusal(flat(child, "details", Collections.nCopies(201, answer("action", "correct"))),
                        "details may hold at most 200 answers"),
                new Refusal(flat(child, "details", List.of(42)), "details[0] must be an object"),
                new Refusal(flat(child, "details", List.of(answer("action", "correct"),
                        Map.of("question", "q".repeat(2001)))), "details[1].question must be at most 2000 characters"),
                new Refusal(flat(child, "details", List.of(Map.of("userAnswer", "u".repeat(2001)))),
                        "details[0].userAnswer must be at most 2000 characters"),
                new Refusal(flat(child, "details", List.of(Map.of("similarity", "high"))),
                        "details[0].similarity must be a number"),
                new Refusal(flat(child, "details", List.of(Map.of("status", "s".repeat(17)))),
                        "details[0].status must be at most 16 characters"),
                new Refusal(flat(child, "details", List.of(Map.of("question_type", Map.of("x", 1)))),
                        "details[0].question_type must be a string"),
                new Refusal(flat(child, "score_data", "x"), "score_data must be an object"),
                new Refusal(nested(child, videoOf(family), 2, 2, 1, 100, 0, List.of()),
                        "correct and wrong cannot add up to more than total"));
        int attemptsBefore = count("quiz_attempts");
        int detailsBefore = count("quiz_attempt_details");

        for (Refusal refusal : refusals) {
            JsonNode reply = device.postJson("/api/save-quiz-score", refusal.body()).expect(400).json();
            assertThat(reply.path("success").asBoolean()).isFalse();
            assertThat(reply.path("message").asString()).as("body %s", refusal.body()).isEqualTo(refusal.message());
        }

        assertThat(count("quiz_attempts")).isEqualTo(attemptsBefore);
        assertThat(count("quiz_attempt_details")).isEqualTo(detailsBefore);
    }

    @Test
    void aBodyThatIsNotAJsonObjectIs422AndWritesNothing() {
        Family family = family();
        int before = count("quiz_attempts");

        learnerOf(family).postJson("/api/save-quiz-score", "[1, 2]").expect(422);
        learnerOf(family).postJson("/api/save-quiz-score", "{not json").expect(422);

        assertThat(count("quiz_attempts")).isEqualTo(before);
    }

    @Test
    void anUnknownChildIs404ForAnAdminAnd403ForOthersAndWritesNothing() {
        Family family = family();
        String unknown = unknownChild();
        int before = count("quiz_attempts");

        JsonNode forAdmin = admin().postJson("/api/save-quiz-score", flat(unknown, "total", 1)).expect(404).json();
        JsonNode forLearner = learnerOf(family).postJson("/api/save-quiz-score", flat(unknown, "total", 1))
                .expect(403).json();

        assertThat(forAdmin.path("message").asString()).isEqualTo("Child not found");
        assertThat(forLearner.path("success").asBoolean()).isFalse();
        assertThat(count("quiz_attempts")).isEqualTo(before);
    }

    @Test
    void deletingAChildDeletesItsAttemptsAndTheirAnswers() {
        Family family = family();
        ApiClient device = learnerOf(family);
        device.postJson("/api/save-quiz-score", nested(family.childId(), videoOf(family), 1, 1, 0, 100, 0,
                List.of(answer("action", "correct")))).expect(200);
        device.postJson("/api/save-quiz-score", nested(family.childId(), videoOf(family), 1, 0, 1, 0, 1,
                List.of(answer("action", "wrong"), retry()))).expect(200);
        assertThat(attemptsOf(family.childId())).isEqualTo(2);
        int details = count("quiz_attempt_details");

        admin().delete("/api/admin/children/" + family.childId()).expect(200);

        assertThat(attemptsOf(family.childId())).isZero();
        assertThat(count("quiz_attempt_details")).isEqualTo(details - 3);
    }

    private JsonNode onlyAttempt(Family family) {
        JsonNode scores = admin().get("/api/get-quiz-scores/" + family.childId()).expect(200).json();
        assertThat(scores.path("attempts").size()).isEqualTo(1);
        return scores.path("attempts").get(0);
    }

    /** A valid flat body with one field set or replaced. */
    private static Map<String, Object> flat(String childId, String field, Object value) {
        Map<String, Object> body = new HashMap<>(Map.of("child_id", childId, "video_id", "vidQuiz_1",
                "percentage", 50, "total_retries", 0, "details", List.of(answer("action", "correct"))));
        body.put(field, value);
        return body;
    }

    private String unknownChild() {
        while (true) {
            String id = "%06d".formatted((int) (Math.random() * 1_000_000));
            if (jdbc.sql("SELECT COUNT(*) FROM children WHERE child_id = ?").param(id).query(Integer.class).single() == 0) {
                return id;
            }
        }
    }
}
