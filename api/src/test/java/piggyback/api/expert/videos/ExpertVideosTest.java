package piggyback.api.expert.videos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import piggyback.api.ApiClient;
import piggyback.api.kids.KidsApiTest;
import tools.jackson.databind.JsonNode;

/** The expert's video lists and claiming (docs/decisions/0009-who-may-call-what.md). */
class ExpertVideosTest extends KidsApiTest {

    private static JsonNode item(JsonNode videos, String id) {
        for (JsonNode video : videos) {
            if (video.path("id").asString().equals(id)) {
                return video;
            }
        }
        return null;
    }

    @Test
    void anUnclaimedVideoIsAvailableUntilAnExpertClaimsIt() {
        Family family = family();
        Family other = family();
        String free = videos.downloaded("Nobody's <b>video</b>", "https://i.ytimg.com/x.jpg", 95.0);
        ApiClient expert = expert(family.expertId(), family.expertPassword());
        ApiClient otherExpert = expert(other.expertId(), other.expertPassword());

        JsonNode listed = expert.get("/api/expert/videos").expect(200).json().path("videos");
        JsonNode mine = item(listed, family.videoId());
        assertThat(mine.path("assigned_to_me").asBoolean()).isTrue();
        assertThat(mine.path("assignment_source").asString()).isEqualTo("admin");
        assertThat(mine.path("videoUrl").asString()).isEqualTo("/downloads/" + family.videoId() + "/source.mp4");
        assertThat(item(listed, other.videoId()).path("claimed_by_other").asBoolean()).isTrue();
        JsonNode unclaimed = item(listed, free);
        assertThat(unclaimed.path("assigned_to_me").asBoolean()).isFalse();
        assertThat(unclaimed.path("assigned_expert_count").asInt()).isZero();
        assertThat(unclaimed.path("title").asString()).isEqualTo("Nobody's <b>video</b>");
        assertThat(unclaimed.path("duration").asDouble()).isEqualTo(95.0);
        assertThat(expert.get("/api/expert/videos/available").expect(200).json().path("videos")
                .findValues("id")).extracting(JsonNode::asString).contains(free)
                .doesNotContain(family.videoId(), other.videoId());

        JsonNode claimed = expert.post("/api/expert/videos/" + free + "/claim").expect(200).json();
        assertThat(claimed.path("success").asBoolean()).isTrue();
        assertThat(claimed.path("claimed").asBoolean()).isTrue();
        assertThat(jdbc.sql("SELECT assignment_source FROM video_expert_assignments WHERE video_id = ? AND expert_id = ?")
                .params(free, family.expertId()).query(String.class).single()).isEqualTo("expert_claim");
        assertThat(expert.get("/api/expert/videos/available").expect(200).json().path("videos").findValues("id"))
                .extracting(JsonNode::asString).doesNotContain(free);
        // claiming again is harmless; another expert cannot take it
        assertThat(expert.post("/api/expert/videos/" + free + "/claim").expect(200).json().path("claimed").asBoolean())
                .isFalse();
        assertThat(otherExpert.post("/api/expert/videos/" + free + "/claim").expect(409).json().path("message")
                .asString()).isEqualTo("Video is already claimed by another expert");
        // the claim gives the review routes
        expert.get("/api/expert/video/" + free + "/final-questions").expect(200);

        assertThat(otherExpert.delete("/api/expert/videos/" + free + "/unclaim").expect(403).json().path("message")
                .asString()).isEqualTo("Video is not assigned to this expert");
        assertThat(expert.delete("/api/expert/videos/" + free + "/unclaim").expect(200).json().path("success")
                .asBoolean()).isTrue();
        expert.get("/api/expert/video/" + free + "/final-questions").expect(403);
        otherExpert.post("/api/expert/videos/" + free + "/claim").expect(200);
    }

    @Test
    void unknownVideosAre404AndOthersAreRefused() {
        Family family = family();
        ApiClient expert = expert(family.expertId(), family.expertPassword());

        assertThat(expert.post("/api/expert/videos/no_such_video/claim").expect(404).json().path("message").asString())
                .isEqualTo("Video not found");
        expert.delete("/api/expert/videos/no_such_video/unclaim").expect(404);
        expert.post("/api/expert/videos/bad%20id/claim").expect(404);
        ApiClient learner = learner(family.parentCode());
        for (ApiClient refused : List.of(anonymous(), learner)) {
            int status = refused == learner ? 403 : 401;
            refused.get("/api/expert/videos").expect(status);
            refused.get("/api/expert/videos/available").expect(status);
            refused.post("/api/expert/videos/" + family.videoId() + "/claim").expect(status);
            refused.delete("/api/expert/videos/" + family.videoId() + "/unclaim").expect(status);
        }
        assertThat(count("video_expert_assignments WHERE video_id = '" + family.videoId() + "'")).isEqualTo(1);
    }

    @Test
    void theSharedVideoListIsForExpertsAndAdmins() {
        Family family = family();

        for (ApiClient allowed : List.of(expert(family.expertId(), family.expertPassword()), admin())) {
            JsonNode reply = allowed.get("/api/videos-list").expect(200).json();
            assertThat(reply.path("success").asBoolean()).isTrue();
            JsonNode video = item(reply.path("videos"), family.videoId());
            assertThat(video.path("title").asString()).isEqualTo("Video of " + family.expertId());
            assertThat(video.has("assigned_to_me")).isFalse();
        }
        learner(family.parentCode()).get("/api/videos-list").expect(403);
        assertThat(anonymous().get("/api/videos-list").expect(401).json().path("success").asBoolean()).isFalse();
    }
}
