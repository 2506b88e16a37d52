package piggyback.api.kids.videos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import piggyback.api.ApiClient;
import piggyback.api.kids.KidsApiTest;
import piggyback.storage.media.MediaStore;
import piggyback.storage.videos.MediaKeys;
import tools.jackson.databind.JsonNode;

/** GET /api/kids_videos and GET /api/learners/children/{child_id}/videos. */
class KidsVideosTest extends KidsApiTest {

    @Autowired
    MediaStore store;

    @Test
    void theLibraryListsStoredVideosInTheKidsVideoShape() {
        String video = videos.downloaded("Counting Sheep", "https://i.ytimg.com/x.jpg", 4503.9);
        String notDownloaded = videos.insert("Not yet", null, 60.0, "registered", null);

        JsonNode reply = admin().get("/api/kids_videos").expect(200).json();

        assertThat(reply.path("success").asBoolean()).isTrue();
        assertThat(reply.path("count").asInt()).isEqualTo(reply.path("videos").size());
        JsonNode entry = entry(reply, video);
        assertThat(entry.properties()).extracting(Map.Entry::getKey)
                .containsExactly("video_id", "title", "thumbnail", "duration", "local_path");
        assertThat(entry.path("title").asString()).isEqualTo("Counting Sheep");
        assertThat(entry.path("thumbnail").asString()).isEqualTo("https://i.ytimg.com/x.jpg");
        assertThat(entry.path("duration").asString()).isEqualTo("75:03");
        assertThat(entry.path("local_path").asString()).isEqualTo("/downloads/" + video + "/source.mp4");
        assertThat(reply.path("videos").findValuesAsString("video_id")).doesNotContain(notDownloaded);
    }

    @Test
    void aVideoIsInTheLibraryOnceItsSourceIsStored() {
        String ready = videos.insert("Ready", null, null, "ready", null);
        String failedAfterDownload = videos.insert("Failed late", null, null, "failed", 99L);
        String failedBeforeDownload = videos.insert("Failed early", null, null, "failed", null);
        String registered = videos.insert("Registered", null, null, "registered", null);

        List<String> ids = admin().get("/api/kids_videos").expect(200).json().path("videos").findValuesAsString("video_id");

        assertThat(ids).contains(ready, failedAfterDownload).doesNotContain(failedBeforeDownload, registered);
    }

    @Test
    void theStoredThumbnailComesFirstThenTheFirstFrameThenTheSitesAddressThenNull() {
        // the pages take images from this origin only, so the stored copy wins over the site's address
        String withImage = videos.downloaded("Image", "https://i.ytimg.com/y.jpg", null);
        String withFrame = videos.downloaded("Frame", "", null);
        String withNothing = videos.downloaded(" ", null, 0.0);
        store.put(MediaKeys.thumbnail(withImage), new byte[] {1, 2}, "image/jpeg");
        store.put(MediaKeys.frame(withImage, 1), new byte[] {1}, "image/jpeg");
        store.put(MediaKeys.frame(withFrame, 1), new byte[] {1}, "image/jpeg");

        JsonNode reply = admin().get("/api/kids_videos").expect(200).json();

        assertThat(entry(reply, withImage).path("thumbnail").asString())
                .isEqualTo("/downloads/" + withImage + "/thumbnail.jpg");
        assertThat(entry(reply, withFrame).path("thumbnail").asString())
                .isEqualTo("/downloads/" + withFrame + "/frames/1.jpg");
        JsonNode bare = entry(reply, withNothing);
        assertThat(bare.path("thumbnail").isNull()).isTrue();
        assertThat(bare.path("title").asString()).isEqualTo(withNothing);
        assertThat(bare.path("duration").asString()).isEqualTo("00:00");
        assertThat(entry(reply, withImage).path("duration").asString()).isEqualTo("00:00");
    }

    @Test
    void eachCallerSeesOnlyTheVideosOfItsOwnExpertsChildren() {
        Family family = family();
        Family other = family();
        String unassigned = videos.downloaded("Nobody's", null, 30.0);
        String lonePassword = "own-" + unique();
        String parentless = videos.downloaded("For the expert's own children", null, 30.0);
        String loneExpert = newExpert(lonePassword);
        String classCode = newClassCode(loneExpert, lonePassword);
        newChild(loneExpert, null, "Lone");
        videos.assign(parentless, loneExpert);

        assertThat(library(learner(family.parentCode()))).contains(family.videoId())
                .doesNotContain(other.videoId(), unassigned, parentless);
        assertThat(library(expert(family.expertId(), family.expertPassword()))).contains(family.videoId())
                .doesNotContain(other.videoId(), unassigned);
        assertThat(library(learner(classCode))).containsExactly(parentless);
        assertThat(library(admin())).contains(family.videoId(), other.videoId(), unassigned, parentless);
    }

    @Test
    void aLearnerWhoseChildIsInactiveOrWhoseExpertHasNoChildrenOfItsOwnSeesNothing() {
        Family family = family();
        admin().post("/api/admin/children/" + family.childId() + "/deactivate").expect(200);
        String password = "solo-" + unique();
        String expertWithParentedChildrenOnly = newExpert(password);
        String classCode = newClassCode(expertWithParentedChildrenOnly, password);
        String video = videos.downloaded("Solo", null, 10.0);
        videos.assign(video, expertWithParentedChildrenOnly);
        newChild(expertWithParentedChildrenOnly, newParent("fam-" + unique()), "Parented");

        assertThat(library(learner(family.parentCode()))).isEmpty();
        JsonNode none = learner(classCode).get("/api/kids_videos").expect(200).json();
        assertThat(none.path("count").asInt()).isZero();
        assertThat(none.path("videos").isArray()).isTrue();
    }

    @Test
    void theLibraryNeedsASession() {
        JsonNode refused = anonymous().get("/api/kids_videos").expect(401).json();

        assertThat(refused.path("success").asBoolean()).isFalse();
        assertThat(refused.path("message").asString()).isEqualTo("Login required");
    }

    @Test
    void aChildSeesTheDownloadedVideosAssignedToItsExpert() {
        Family family = family();
        String notDownloaded = videos.insert("Coming soon", null, null, "registered", null);
        videos.assign(notDownloaded, family.expertId());
        String second = videos.downloaded("Second", null, 61.0);
        videos.assign(second, family.expertId());
        String othersVideo = family().videoId();

        JsonNode reply = learner(family.parentCode()).get("/api/learners/children/" + family.childId() + "/videos")
                .expect(200).json();

        assertThat(reply.properties()).extracting(Map.Entry::getKey)
                .containsExactly("success", "child", "videos", "count");
        assertThat(reply.path("success").asBoolean()).isTrue();
        assertThat(reply.path("child").path("child_id").asString()).isEqualTo(family.childId());
        assertThat(reply.path("child").path("expert_id").asString()).isEqualTo(family.expertId());
        assertThat(reply.path("child").path("expert_name").asString()).isEqualTo("Expert " + family.expertId());
        assertThat(reply.path("child").has("icon_key")).isTrue();
        assertThat(reply.path("videos").findValuesAsString("video_id"))
                .containsExactlyInAnyOrder(family.videoId(), second).doesNotContain(notDownloaded, othersVideo);
        assertThat(reply.path("count").asInt()).isEqualTo(2);
        JsonNode entry = entry(reply, second);
        assertThat(entry.path("duration").asString()).isEqualTo("01:01");
        assertThat(entry.path("local_path").asString()).isEqualTo("/downloads/" + second + "/source.mp4");
    }

    @Test
    void anUnlinkedChildHasNoVideosAndIsToldWhy() {
        // reference integration test I7
        Family family = family();
        admin().post("/api/admin/children/" + family.childId() + "/unlink").expect(200);

        JsonNode reply = admin().get("/api/learners/children/" + family.childId() + "/videos").expect(200).json();

        assertThat(reply.path("success").asBoolean()).isTrue();
        assertThat(reply.path("count").asInt()).isZero();
        assertThat(reply.path("videos").size()).isZero();
        assertThat(reply.path("message").asString().toLowerCase()).contains("not linked");
        assertThat(reply.path("child").path("expert_id").isNull()).isTrue();
    }

    @Test
    void aChildOfAnExpertWithoutVideosGetsAnEmptyListAndNoMessage() {
        // reference acceptance test A9, with the alligator icon
        // (docs/decisions/0003-duplicate-child-names-and-icons.md)
        String expertId = newExpert("pw-" + unique());
        String childId = admin().postJson("/api/admin/children", Map.of("expert_id", expertId, "first_name", "Mia",
                "last_name", "Davis", "icon_key", "alligator")).expect(200).json().path("child").path("child_id").asString();

        JsonNode reply = admin().get("/api/learners/children/" + childId + "/videos").expect(200).json();

        assertThat(reply.path("videos").isArray()).isTrue();
        assertThat(reply.path("videos").size()).isZero();
        assertThat(reply.path("count").asInt()).isZero();
        assertThat(reply.has("message")).isFalse();
        assertThat(reply.path("child").path("icon_key").asString()).isEqualTo("alligator");
    }

    @Test
    void anInactiveOrUnknownChildIsNotFound() {
        Family family = family();
        admin().post("/api/admin/children/" + family.childId() + "/deactivate").expect(200);

        for (ApiClient caller : List.of(admin(), expert(family.expertId(), family.expertPassword()))) {
            JsonNode inactive = caller.get("/api/learners/children/" + family.childId() + "/videos").expect(404).json();
            assertThat(inactive.path("success").asBoolean()).isFalse();
            assertThat(inactive.path("message").asString()).isEqualTo("Child not found");
            assertThat(inactive.path("videos").isArray()).isTrue();
            assertThat(inactive.path("videos").size()).isZero();
        }
        String unknown = unusedChildId();
        assertThat(admin().get("/api/learners/children/" + unknown + "/videos").expect(404).json()
                .path("message").asString()).isEqualTo("Child not found");
        admin().get("/api/learners/children/not-a-child/videos").expect(404);
    }

    @Test
    void onlyThoseWhoMaySeeTheChildGetItsVideos() {
        Family family = family();
        Family other = family();
        String path = "/api/learners/children/" + family.childId() + "/videos";

        anonymous().get(path).expect(401);
        learner(family.parentCode()).get(path).expect(200);
        expert(family.expertId(), family.expertPassword()).get(path).expect(200);
        admin().get(path).expect(200);
        JsonNode otherFamily = learner(other.parentCode()).get(path).expect(403).json();
        assertThat(otherFamily.path("success").asBoolean()).isFalse();
        assertThat(otherFamily.path("videos").size()).isZero();
        expert(other.expertId(), other.expertPassword()).get(path).expect(403);
        // a learner asking for an unknown child gets the same 403, so ids cannot be probed
        learner(other.parentCode()).get("/api/learners/children/" + unusedChildId() + "/videos").expect(403);
    }

    @Test
    void theApiDocumentListsTheKidsRoutesWithTheSeedsSummaries() {
        JsonNode paths = anonymous().get("/v3/api-docs").expect(200).json().path("paths");

        assertThat(paths.path("/api/kids_videos").path("get").path("summary").asString())
                .isEqualTo("List all locally available videos for kids");
        assertThat(paths.path("/api/learners/children/{childId}/videos").path("get").path("summary").asString())
                .isEqualTo("Get videos available for a child");
        JsonNode finalQuestions = paths.path("/api/final-questions/{videoId}").path("get");
        assertThat(finalQuestions.path("summary").asString()).isEqualTo("Get final approved questions for a video");
        assertThat(finalQuestions.path("tags").get(0).asString()).isEqualTo("kids");
    }

    private static List<String> library(ApiClient caller) {
        JsonNode reply = caller.get("/api/kids_videos").expect(200).json();
        assertThat(reply.path("count").asInt()).isEqualTo(reply.path("videos").size());
        return reply.path("videos").findValuesAsString("video_id");
    }

    private static JsonNode entry(JsonNode reply, String videoId) {
        for (JsonNode video : reply.path("videos")) {
            if (video.path("video_id").asString().equals(videoId)) {
                return video;
            }
        }
        throw new AssertionError(videoId + " is not listed in " + reply);
    }

    private String unusedChildId() {
        for (int i = 0; i < 1_000_000; i++) {
            String id = "%06d".formatted(i);
            if (jdbc.sql("SELECT COUNT(*) FROM children WHERE child_id = ?").param(id).query(Integer.class).single() == 0) {
                return id;
            }
        }
        throw new IllegalStateException("every child id is taken");
    }
}
