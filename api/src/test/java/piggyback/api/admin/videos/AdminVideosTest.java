package piggyback.api.admin.videos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import piggyback.api.ApiClient;
import piggyback.api.ApiTest;
import piggyback.storage.videos.Videos;
import tools.jackson.databind.JsonNode;

/** GET /api/admin/videos and the assignments routes (docs/api-contract.md#admin). */
class AdminVideosTest extends ApiTest {

    @Autowired
    Videos videos;

    @Test
    void theListShowsVideosWithFramesByDefaultAndAllOnRequest() {
        String withFrames = newVideo("Cats", 3725.0);
        addFrames(withFrames, 3);
        String bare = newVideo("Dogs", null);
        ApiClient admin = admin();

        JsonNode ready = admin.get("/api/admin/videos").expect(200).json();
        JsonNode all = admin.get("/api/admin/videos?include_without_frames=yes").expect(200).json();

        assertThat(ready.path("videos").findValuesAsString("video_id")).contains(withFrames).doesNotContain(bare);
        assertThat(ready.path("message").asString()).isEqualTo("Videos with extracted frames ready for question generation.");
        JsonNode cats = item(ready, withFrames);
        assertThat(cats.path("title").asString()).isEqualTo("Cats");
        assertThat(cats.path("duration_formatted").asString()).isEqualTo("01:02:05");
        assertThat(cats.path("frame_count").asInt()).isEqualTo(3);
        assertThat(cats.path("has_frames").asBoolean()).isTrue();
        assertThat(cats.path("has_questions").asBoolean()).isFalse();
        assertThat(cats.path("frames_dir").asString()).isEqualTo("/downloads/" + withFrames + "/frames");
        assertThat(all.path("videos").findValuesAsString("video_id")).contains(withFrames, bare);
        assertThat(item(all, bare).path("duration_formatted").isNull()).isTrue();
        assertThat(all.path("message").asString()).isEqualTo("All downloaded videos.");
        admin.get("/api/admin/videos?include_without_frames=maybe").expect(422);
    }

    @Test
    void anAdminAssignsAndRemovesExpertsAndTheListShowsThem() {
        String video = newVideo("Trains", 90.0);
        String expert = newExpert("pw-" + unique());
        ApiClient admin = admin();

        JsonNode added = admin.postJson("/api/admin/videos/assignments", Map.of("video_id", video,
                "expert_id", expert.toUpperCase())).expect(200).json();

        assertThat(added.path("video_id").asString()).isEqualTo(video);
        JsonNode assignment = added.path("assigned_experts").get(0);
        assertThat(assignment.path("expert_id").asString()).isEqualTo(expert);
        assertThat(assignment.path("assignment_source").asString()).isEqualTo("admin");
        assertThat(assignment.path("expert_name").asString()).isEqualTo("Expert " + expert);
        JsonNode listed = admin.get("/api/admin/videos/assignments").expect(200).json();
        JsonNode row = item(listed.path("assignments"), video);
        assertThat(row.path("duration_formatted").asString()).isEqualTo("01:30");
        assertThat(row.path("assigned_experts").findValuesAsString("expert_id")).containsExactly(expert);
        assertThat(listed.path("experts").findValuesAsString("expert_id")).contains(expert);

        JsonNode removed = admin.postJson("/api/admin/videos/assignments", Map.of("video_id", video,
                "expert_id", expert, "op", "remove")).expect(200).json();

        assertThat(removed.path("assigned_experts").size()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE target_id = ? AND action LIKE 'video.assignment_%'")
                .param(video).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void assignmentRefusalsSayWhatIsWrongAndWriteNothing() {
        String video = newVideo("Boats", 10.0);
        String expert = newExpert("pw-" + unique());
        ApiClient admin = admin();
        int before = count("video_expert_assignments");

        assertThat(detail(admin.postJson("/api/admin/videos/assignments", Map.of("expert_id", expert)).expect(400)))
                .isEqualTo("video_id is required");
        assertThat(detail(admin.postJson("/api/admin/videos/assignments", Map.of("video_id", video)).expect(400)))
                .isEqualTo("expert_id is required");
        assertThat(detail(admin.postJson("/api/admin/videos/assignments", Map.of("video_id", video,
                "expert_id", expert, "op", "toggle")).expect(400))).isEqualTo("op must be 'add' or 'remove'");
        assertThat(detail(admin.postJson("/api/admin/videos/assignments", Map.of("video_id", "nope_" + unique(),
                "expert_id", expert)).expect(404))).isEqualTo("video not found");
        assertThat(detail(admin.postJson("/api/admin/videos/assignments", Map.of("video_id", "../etc",
                "expert_id", expert)).expect(404))).isEqualTo("video not found");
        assertThat(detail(admin.postJson("/api/admin/videos/assignments", Map.of("video_id", video,
                "expert_id", "ghost_" + unique())).expect(404))).isEqualTo("expert not found");
        assertThat(count("video_expert_assignments")).isEqualTo(before);
    }

    @Test
    void onlyAdminsMayListOrAssign() {
        String password = "pw-" + unique();
        String expert = newExpert(password);
        String video = newVideo("Secret", 5.0);

        anonymous().get("/api/admin/videos").expect(401);
        expert(expert, password).get("/api/admin/videos/assignments").expect(403);
        expert(expert, password).postJson("/api/admin/videos/assignments", Map.of("video_id", video,
                "expert_id", expert)).expect(403);
    }

    private String newVideo(String title, Double duration) {
        String id = "vid_" + unique();
        videos.upsert(id, "youtube", "https://www.youtube.com/watch?v=" + id, title, null, duration);
        return id;
    }

    private void addFrames(String videoId, int count) {
        for (int second = 0; second < count; second++) {
            jdbc.sql("INSERT INTO frames (video_id, second, width, height) VALUES (?, ?, 64, 36)")
                    .params(videoId, second).update();
        }
    }

    private static JsonNode item(JsonNode reply, String videoId) {
        JsonNode list = reply.has("videos") ? reply.path("videos") : reply;
        for (JsonNode item : list) {
            if (item.path("video_id").asString().equals(videoId)) {
                return item;
            }
        }
        throw new AssertionError(videoId + " not in " + reply);
    }

    private static String detail(ApiClient.Reply reply) {
        return reply.json().path("detail").asString();
    }
}
