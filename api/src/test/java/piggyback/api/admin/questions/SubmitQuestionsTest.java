package piggyback.api.admin.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import piggyback.api.ApiClient;
import piggyback.api.ApiTest;
import piggyback.storage.segments.GeneratedQuestion;
import piggyback.storage.segments.GeneratedSegment;
import piggyback.storage.segments.GeneratedSegments;
import piggyback.storage.videos.Videos;
import tools.jackson.databind.JsonNode;

/** POST /api/submit-questions: what the live generation streamed becomes the video's rows. */
class SubmitQuestionsTest extends ApiTest {

    @Autowired
    Videos videos;
    @Autowired
    GeneratedSegments segments;

    private String videoId;

    @BeforeEach
    void aVideo() {
        videoId = "vid_" + unique();
        videos.upsert(videoId, "upload", null, "A picnic", null, 120.0);
    }

    @Test
    void theSubmittedSegmentsReplaceTheVideosSegmentsInOneGo() {
        segments.replace(videoId, new GeneratedSegment(0, 59, "failed", "old", null, "openai_error", null, 3, List.of()));
        ApiClient admin = admin();

        JsonNode reply = admin.postJson("/api/submit-questions", Map.of("video_id", videoId, "questions", List.of(
                Map.of("start", 0, "end", 59, "result", Map.of(
                        "questions", Map.of(
                                "character", Map.of("q", "Who packed the basket?", "a", "Pip", "rank", "2"),
                                "settings", Map.of("q", "Where did Pip walk?", "a", "through the forest", "rank", 1)),
                        "generator", "offline-opennlp")),
                Map.of("start", 60, "end", 119.0, "result", Map.of("error", Map.of("reason", "model_refusal",
                        "retryable", false, "message", "the provider's content filter stopped the reply"))))))
                .expect(200).json();

        assertThat(reply.path("success").asBoolean()).isTrue();
        assertThat(reply.path("message").asString()).isEqualTo("Questions submitted successfully");
        assertThat(reply.path("file_path").isNull()).isTrue();
        // the file URL opens for the admin who submitted, with what was stored in the submitted shape
        JsonNode file = admin.get(reply.path("file_url").asString()).expect(200).json();
        assertThat(file.path("questions").get(0).path("result").path("questions").path("setting").path("q")
                .asString()).isEqualTo("Where did Pip walk?");
        assertThat(file.path("questions").get(0).path("result").path("questions").path("character").path("rank")
                .asInt()).isEqualTo(2);
        assertThat(file.path("questions").get(1).path("result").path("error").path("reason").asString())
                .isEqualTo("model_refusal");
        assertThat(anonymous().get(reply.path("file_url").asString()).status()).isEqualTo(401);
        List<GeneratedSegment> stored = segments.of(videoId);
        assertThat(stored).hasSize(2);
        GeneratedSegment first = stored.get(0);
        assertThat(first.status()).isEqualTo("generated");
        assertThat(first.generator()).isEqualTo("offline-opennlp");
        assertThat(first.bestQuestion()).isEqualTo("Where did Pip walk?");
        assertThat(first.questions()).containsExactly(
                new GeneratedQuestion("setting", "Where did Pip walk?", "through the forest", 1),
                new GeneratedQuestion("character", "Who packed the basket?", "Pip", 2));
        GeneratedSegment second = stored.get(1);
        assertThat(second.status()).isEqualTo("failed");
        assertThat(second.errorReason()).isEqualTo("model_refusal");
        assertThat(second.errorDetail()).isEqualTo("the provider's content filter stopped the reply");
        assertThat(second.generator()).isEqualTo("submitted");
        assertThat(count("audit_log WHERE action = 'questions.submit' AND target_id = '" + videoId + "'")).isEqualTo(1);
    }

    @Test
    void missingVideoOrQuestionsIsRefusedAsTheReferenceDoes() {
        ApiClient admin = admin();

        for (Object body : List.of(Map.of("video_id", videoId), Map.of("questions", List.of(Map.of())),
                Map.of("video_id", "", "questions", List.of(Map.of())), Map.of("video_id", videoId, "questions", List.of()))) {
            assertThat(admin.postJson("/api/submit-questions", body).expect(400).json().path("detail").asString())
                    .isEqualTo("Missing video_id or questions");
        }
        admin.postJson("/api/submit-questions", "[1, 2]").expect(422);
    }

    @Test
    void anUnknownOrMalformedVideoIsRefused() {
        ApiClient admin = admin();

        assertThat(admin.postJson("/api/submit-questions", Map.of("video_id", "vid_" + unique(), "questions",
                List.of(segment(0, 59)))).expect(404).json().path("detail").asString()).isEqualTo("Video not found");
        assertThat(admin.postJson("/api/submit-questions", Map.of("video_id", "../etc/passwd", "questions",
                List.of(segment(0, 59)))).expect(400).json().path("detail").asString()).isEqualTo("video_id is invalid");
    }

    @Test
    void aSegmentThatCannotBeStoredFaithfullyRefusesTheWholeSubmission() {
        ApiClient admin = admin();
        Map<String, Object> good = segment(0, 59);

        assertRefused(admin, List.of(good, Map.of("start", 60, "end", 30, "result", Map.of("error",
                Map.of("reason", "x")))), "questions[1].end must not be before its start");
        assertRefused(admin, List.of(good, segment(0, 10)), "two segments start at 0s");
        assertRefused(admin, List.of(Map.of("start", "0", "end", 59, "result", Map.of())),
                "questions[0].start must be a whole number of seconds");
        assertRefused(admin, List.of(Map.of("start", 1.5, "end", 59, "result", Map.of())),
                "questions[0].start must be a whole number of seconds");
        // the segment bounds rule of every route (piggyback.api.web.SegmentBounds)
        assertRefused(admin, List.of(Map.of("start", 0, "end", 1e308, "result", Map.of())),
                "questions[0].end must be from 0 to 86400 seconds");
        assertRefused(admin, List.of(Map.of("start", 0, "end", 59, "result", "ok")),
                "questions[0].result must be an object");
        assertRefused(admin, List.of(Map.of("start", 0, "end", 59, "result", Map.of("keys", 1))),
                "questions[0].result has neither questions nor an error");
        assertRefused(admin, List.of(Map.of("start", 0, "end", 59, "result", Map.of("questions",
                Map.of("villain", Map.of("q", "Who?", "a", "Wolf"))))),
                "questions[0].result.questions.villain is not a question category");
        assertRefused(admin, List.of(Map.of("start", 0, "end", 59, "result", Map.of("questions",
                Map.of("setting", Map.of("q", "Where?", "a", "park"), "settings", Map.of("q", "Where?", "a", "park"))))),
                "repeats the setting question");
        assertRefused(admin, List.of(Map.of("start", 0, "end", 59, "result", Map.of("questions",
                Map.of("action", Map.of("q", " ", "a", "ran"))))), "questions[0].result.questions.action.q is required");
        assertRefused(admin, List.of(Map.of("start", 0, "end", 59, "result", Map.of("questions",
                Map.of("action", Map.of("q", "What?".repeat(500), "a", "ran"))))),
                "questions[0].result.questions.action.q must be at most 2000 characters");
        assertRefused(admin, List.of(Map.of("start", 0, "end", 59, "result", Map.of("questions", Map.of()))),
                "questions[0].result.questions has no question");
        assertRefused(admin, List.of(Map.of("start", 0, "end", 59, "result", Map.of("error", Map.of("message", "x")))),
                "questions[0].result.error.reason is required");
        assertThat(segments.of(videoId)).isEmpty();
    }

    @Test
    void onlyAnAdminMaySubmit() {
        String password = "pw-" + unique();
        String expert = newExpert(password);
        Map<String, Object> body = Map.of("video_id", videoId, "questions", List.of(segment(0, 59)));

        assertThat(anonymous().postJson("/api/submit-questions", body).expect(401).json().path("detail").asString())
                .isEqualTo("Admin login required");
        expert(expert, password).postJson("/api/submit-questions", body).expect(403);
        expert(expert, password).get("/api/admin/videos/" + videoId + "/questions").expect(403);
        String family = "fam-" + unique();
        newChild(expert, newParent(family), "Kid");
        learner(family).get("/api/admin/videos/" + videoId + "/questions").expect(403);
        assertThat(admin().get("/api/admin/videos/vid_" + unique() + "/questions").expect(404).json().path("detail")
                .asString()).isEqualTo("Video not found");
        assertThat(segments.of(videoId)).isEmpty();
    }

    private void assertRefused(ApiClient admin, List<Map<String, Object>> questions, String detail) {
        JsonNode reply = admin.postJson("/api/submit-questions", Map.of("video_id", videoId, "questions", questions))
                .expect(400).json();
        assertThat(reply.path("detail").asString()).contains(detail);
    }

    private static Map<String, Object> segment(int start, int end) {
        return Map.of("start", start, "end", end, "result", Map.of("questions",
                Map.of("action", Map.of("q", "What did Pip do?", "a", "packed a basket", "rank", 1))));
    }
}
