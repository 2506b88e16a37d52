package piggyback.api.admin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import piggyback.api.ApiTest;
import piggyback.batch.download.SourceDownload;
import piggyback.batch.testing.VideoFixtures;
import piggyback.storage.media.MediaStore;
import piggyback.storage.videos.MediaKeys;
import piggyback.storage.videos.Videos;
import tools.jackson.databind.JsonNode;

/** POST /api/frames/{video_id}: the seed's synchronous extraction, always 200. */
class FramesRouteTest extends ApiTest {

    @Autowired
    SourceDownload sources;
    @Autowired
    Videos videos;
    @Autowired
    MediaStore store;

    @Test
    void aStoredVideosFramesAreExtractedIntoTheStoreAndListed() {
        String video = "frames" + UUID.randomUUID().toString().substring(0, 8);
        sources.fromUpload(video, VideoFixtures.media().mp4(), "Frames");

        JsonNode reply = admin().post("/api/frames/" + video).expect(200).json();

        int seconds = (int) Math.floor(videos.find(video).orElseThrow().durationSeconds());
        assertThat(reply.path("success").asBoolean()).isTrue();
        assertThat(reply.path("count").asInt()).isEqualTo(seconds);
        assertThat(reply.path("message").asString()).isEqualTo("Extracted " + seconds + " frames to 'frames'.");
        assertThat(reply.path("output_dir").asString()).isEqualTo("/downloads/" + video + "/frames");
        assertThat(reply.path("files").get(0).asString()).startsWith("/downloads/" + video + "/frames/");
        assertThat(store.list(MediaKeys.framesPrefix(video))).hasSize(seconds);
        assertThat(videos.find(video).orElseThrow().frameCount()).isEqualTo(seconds);
    }

    @Test
    void unknownMaliciousOrUndecodableVideosAreRefusedWith200AndTheReason() {
        String broken = "broken" + UUID.randomUUID().toString().substring(0, 8);
        videos.upsert(broken, "upload", null, "Broken", null, 3.0);
        store.put(MediaKeys.source(broken), "not a video".getBytes(), "video/mp4");
        String empty = "empty" + UUID.randomUUID().toString().substring(0, 8);
        videos.upsert(empty, "upload", null, "No file", null, 3.0);
        var admin = admin();

        assertThat(admin.post("/api/frames/nosuchvideo").expect(200).json().path("message").asString())
                .isEqualTo("Folder 'nosuchvideo' not found.");
        assertThat(admin.post("/api/frames/..%2Fetc").status()).isEqualTo(400);
        assertThat(admin.post("/api/frames/" + empty).expect(200).json().path("message").asString())
                .isEqualTo("No video files found in '" + empty + "'.");
        JsonNode undecodable = admin.post("/api/frames/" + broken).expect(200).json();
        assertThat(undecodable.path("success").asBoolean()).isFalse();
        assertThat(undecodable.path("message").asString()).startsWith("Error opening video file: source.mp4");
        assertThat(store.list(MediaKeys.framesPrefix(broken))).isEmpty();
    }

    @Test
    void onlyAdminsMayExtract() {
        String password = "pw-" + unique();
        anonymous().post("/api/frames/anything").expect(401);
        expert(newExpert(password), password).post("/api/frames/anything").expect(403);
    }
}
