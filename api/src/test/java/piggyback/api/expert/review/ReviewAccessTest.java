package piggyback.api.expert.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import piggyback.api.ApiClient;
import tools.jackson.databind.JsonNode;

/** Every review route answers the right expert, and 401/403/404 to anyone else (docs/api-contract.md#expert). */
class ReviewAccessTest extends ReviewApiTest {

    /** A route called on a video: what it sends and what the right expert gets. */
    private record Route(String name, Function<String, Call> call, int okStatus) {
    }

    private interface Call {
        ApiClient.Reply on(ApiClient client);
    }

    private static List<Route> routes() {
        return List.of(
                new Route("final-questions", id -> c -> c.get("/api/expert/video/" + id + "/final-questions"), 200),
                new Route("update-questions", id -> c -> c.postJson("/api/expert/video/" + id + "/update-questions",
                        Map.of("segments", List.of(), "publish", false)), 200),
                new Route("regenerate-question", id -> c -> c.postJson("/api/expert/video/" + id
                        + "/regenerate-question", Map.of("question_type", "action", "segmentIndex", 99)), 400),
                new Route("persona-variants GET", id -> c -> c.get("/api/expert/video/" + id + "/persona-variants"), 200),
                new Route("persona-variants POST", id -> c -> c.postJson("/api/expert/video/" + id
                        + "/persona-variants", Map.of("segments", Map.of("0-59", Map.of("persona_winners",
                        Map.of("pig", "action"))))), 200),
                new Route("decisions", id -> c -> c.get("/api/expert/video/" + id + "/decisions"), 200),
                new Route("segment-material", id -> c -> c.get("/api/expert/video/" + id
                        + "/segment-material?start=0&end=59"), 200),
                new Route("answer-stats", id -> c -> c.get("/api/expert/video/" + id + "/answer-stats"), 200),
                new Route("expert-questions GET", id -> c -> c.get("/api/expert-questions/" + id), 200),
                new Route("expert-questions POST", id -> c -> c.postJson("/api/expert-questions", Map.of("videoId", id,
                        "segmentStart", 0, "segmentEnd", 59, "skipped", true)), 200),
                new Route("save-final-questions", id -> c -> c.postJson("/api/save-final-questions", Map.of("videoId", id,
                        "data", Map.of("segments", List.of()))), 200),
                new Route("expert-annotations", id -> c -> c.postJson("/api/expert-annotations", Map.of("mode", "create",
                        "video_id", id, "start", 0, "end", 59, "skip", true)), 200));
    }

    @Test
    void theAssignedExpertIsServedAndEveryoneElseRefused() {
        Family family = reviewFamily();
        Family other = family();
        ApiClient expert = expertOf(family);
        ApiClient otherExpert = expertOf(other);
        ApiClient learner = learner(family.parentCode());
        ApiClient anonymous = anonymous();
        ApiClient admin = admin();
        for (Route route : routes()) {
            Call mine = route.call().apply(family.videoId());
            assertThat(mine.on(expert).status()).as(route.name() + " for its expert").isEqualTo(route.okStatus());
            assertThat(mine.on(anonymous).expect(401).json().path("success").asBoolean()).as(route.name()).isFalse();
            assertThat(mine.on(learner).status()).as(route.name() + " for a learner").isEqualTo(403);
            assertThat(mine.on(admin).status()).as(route.name() + " for an admin").isEqualTo(403);
            JsonNode refused = mine.on(otherExpert).expect(403).json();
            assertThat(refused.has("detail") ? refused.path("detail").asString() : refused.path("message").asString())
                    .as(route.name()).isEqualTo("Video is not assigned to this expert");
            assertThat(route.call().apply("no_such_video").on(expert).status()).as(route.name() + " unknown video")
                    .isEqualTo(404);
        }
    }

    @Test
    void annotationsRefuseInTheExpertEnvelope() {
        Family family = reviewFamily();
        Family other = family();
        ApiClient.Reply refused = expertOf(other).postJson("/api/expert-annotations", Map.of("mode", "create",
                "video_id", family.videoId(), "start", 0, "end", 59, "skip", true)).expect(403);

        assertThat(refused.json().path("message").asString()).isEqualTo("Video is not assigned to this expert");
    }

    @Test
    void theEditPageLeadsToSignInFromAnyOtherRoleAndRefusesOtherExperts() {
        Family family = reviewFamily();
        Family other = family();
        String page = "/expert/edit/" + family.videoId();

        ApiClient.Reply signIn = anonymous().get(page).expect(302);
        assertThat(signIn.header("Location")).endsWith("/expert/login?next=%2Fexpert%2Fedit%2F" + family.videoId());
        // another role's session (a child's device, the admin) is sent to the expert's sign-in as well
        for (ApiClient otherRole : java.util.List.of(learner(family.parentCode()), admin())) {
            assertThat(otherRole.get(page).expect(302).header("Location"))
                    .endsWith("/expert/login?next=%2Fexpert%2Fedit%2F" + family.videoId());
        }
        assertThat(expertOf(other).get(page).expect(403).json().path("detail").asString())
                .isEqualTo("Video is not assigned to this expert");
        assertThat(expertOf(family).get("/expert/edit/no_such_video").expect(404).json().path("detail").asString())
                .isEqualTo("Video not found");
        ApiClient.Reply served = expertOf(family).get(page).expect(200);
        assertThat(served.header("Content-Type")).startsWith("text/html");
        assertThat(served.body()).contains("<script src=\"/expert/edit.js\"></script>");
        assertThat(anonymous().get("/expert/login").expect(200).body()).contains("id=\"sign-in-form\"");
    }
}
