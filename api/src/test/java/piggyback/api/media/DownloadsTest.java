package piggyback.api.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import piggyback.api.ApiClient;
import piggyback.api.ApiTest;
import piggyback.storage.media.MediaStore;
import piggyback.storage.videos.Assignments;
import piggyback.storage.videos.MediaKeys;
import piggyback.storage.videos.Videos;

/**
 * /downloads/<video>/<file> streams from the store to those allowed to see it
 * (docs/decisions/0011-no-question-files.md).
 */
class DownloadsTest extends ApiTest {

    @Autowired
    Videos videos;
    @Autowired
    Assignments assignments;
    @Autowired
    MediaStore store;

    private String video;
    private String expert;
    private String password;
    private String familyCode;
    private final byte[] movie = "0123456789abcdefghij".getBytes(StandardCharsets.US_ASCII);

    @BeforeEach
    void aVideoAssignedToAnExpertWithAChildInAFamily() {
        video = "vid_" + unique();
        videos.upsert(video, "youtube", null, "Movie", null, 20.0);
        store.put(MediaKeys.source(video), movie, "video/mp4");
        store.put(MediaKeys.thumbnail(video), new byte[] {1, 2}, "image/jpeg");
        store.put(MediaKeys.frame(video, 3), new byte[] {3}, "image/jpeg");
        store.put(MediaKeys.speech(video, "pig", "1-why"), movie, "audio/mpeg");
        password = "pw-" + unique();
        expert = newExpert(password);
        assignments.assign(video, expert, "admin");
        familyCode = "fam-" + unique();
        newChild(expert, newParent(familyCode), "Kid");
    }

    @Test
    void theFamilyMayWatchTheVideoButNotOpenItsReviewMaterial() {
        ApiClient device = learner(familyCode);

        ApiClient.Reply whole = device.get("/downloads/" + video + "/source.mp4").expect(200);

        assertThat(whole.body()).isEqualTo("0123456789abcdefghij");
        assertThat(whole.header("Content-Type")).isEqualTo("video/mp4");
        assertThat(whole.header("Accept-Ranges")).isEqualTo("bytes");
        device.get("/downloads/" + video + "/thumbnail.jpg").expect(200);
        device.get("/downloads/" + video + "/frames/3.jpg").expect(403);
    }

    @Test
    void byteRangesAreServedForSeeking() {
        ApiClient device = learner(familyCode);

        ApiClient.Reply middle = device.getWithHeader("/downloads/" + video + "/source.mp4", "Range", "bytes=5-9").expect(206);
        ApiClient.Reply tail = device.getWithHeader("/downloads/" + video + "/source.mp4", "Range", "bytes=-4").expect(206);
        ApiClient.Reply open = device.getWithHeader("/downloads/" + video + "/source.mp4", "Range", "bytes=18-").expect(206);

        assertThat(middle.body()).isEqualTo("56789");
        assertThat(middle.header("Content-Range")).isEqualTo("bytes 5-9/20");
        assertThat(tail.body()).isEqualTo("ghij");
        assertThat(open.body()).isEqualTo("ij");
        assertUnsatisfiable(device.getWithHeader("/downloads/" + video + "/source.mp4", "Range", "bytes=30-40"), 20);
    }

    @Test
    void overLongPositionsMeanPastTheEndOnEveryFileNeverA500() {
        ApiClient device = learner(familyCode);

        for (String file : List.of("source.mp4", "thumbnail.jpg", "tts/pig/1-why.mp3")) {
            String path = "/downloads/" + video + "/" + file;
            long size = file.equals("thumbnail.jpg") ? 2 : 20;
            for (String range : List.of("bytes=0-99999999999999999999", "bytes=0-9223372036854775808",
                    "bytes=-99999999999999999999")) {
                ApiClient.Reply whole = device.getWithHeader(path, "Range", range).expect(206);
                assertThat(whole.header("Content-Range")).as(range).isEqualTo("bytes 0-" + (size - 1) + "/" + size);
            }
            assertUnsatisfiable(device.getWithHeader(path, "Range", "bytes=99999999999999999999-"), size);
        }
    }

    @Test
    void malformedRangesAre416AndRangesThisServerIgnoresGetTheWholeFile() {
        ApiClient device = learner(familyCode);
        String path = "/downloads/" + video + "/source.mp4";

        for (String range : List.of("bytes=abc", "bytes=", "bytes=5-3", "bytes=-0", "bytes=20-")) {
            assertUnsatisfiable(device.getWithHeader(path, "Range", range), 20);
        }
        for (String range : List.of("items=0-1", "bytes=0-1,5-9")) {
            assertThat(device.getWithHeader(path, "Range", range).expect(200).body()).as(range)
                    .isEqualTo("0123456789abcdefghij");
        }
    }

    private static void assertUnsatisfiable(ApiClient.Reply reply, long size) {
        reply.expect(416);
        assertThat(reply.header("Content-Range")).isEqualTo("bytes */" + size);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        assertThat(reply.json().path("detail").asString()).isEqualTo("Range Not Satisfiable");
    }

    @Test
    void theAssignedExpertAndAdminsSeeEverythingOthersNothing() {
        expert(expert, password).get("/downloads/" + video + "/frames/3.jpg").expect(200);
        admin().get("/downloads/" + video + "/frames/3.jpg").expect(200);
        String otherPassword = "pw-" + unique();
        expert(newExpert(otherPassword), otherPassword).get("/downloads/" + video + "/source.mp4").expect(403);
        String otherFamily = "fam2-" + unique();
        newParent(otherFamily);
        learner(otherFamily).get("/downloads/" + video + "/source.mp4").expect(403);
        anonymous().get("/downloads/" + video + "/source.mp4").expect(401);
    }

    @Test
    void unknownFilesAndMaliciousPathsAreNotFound() {
        ApiClient admin = admin();

        admin.get("/downloads/" + video + "/frames/99.jpg").expect(404);
        admin.get("/downloads/" + video + "/secret.txt").expect(404);
        // Tomcat and Spring Security's firewall refuse traversal before any code of ours runs
        admin.get("/downloads/" + video + "/..%2F..%2Fetc%2Fpasswd").expect(400);
        admin.get("/downloads/" + video + "/frames/..").expect(400);
        admin.get("/downloads/bad%20id/source.mp4").expect(404);
    }
}
