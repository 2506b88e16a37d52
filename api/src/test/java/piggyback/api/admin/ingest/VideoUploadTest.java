package piggyback.api.admin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import piggyback.api.ApiClient;
import piggyback.api.ApiTest;
import piggyback.batch.subtitles.SubtitleImport;
import piggyback.batch.testing.VideoFixtures;
import piggyback.storage.media.MediaStore;
import piggyback.storage.videos.MediaKeys;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/admin/videos/upload}: a real MP4 becomes a video; anything else is refused and leaves nothing. */
class VideoUploadTest extends ApiTest {

    private static final String UPLOAD = "/api/admin/videos/upload";

    @Autowired
    MediaStore store;

    @Test
    void anUploadedMp4BecomesAVideoLikeADownload() throws Exception {
        String videoId = "up_" + unique();
        byte[] mp4 = Files.readAllBytes(VideoFixtures.media().mp4());

        JsonNode reply = admin().postMultipart(UPLOAD, Map.of("video_id", videoId, "title", "  Pig and bunny ", "ingest", "false"),
                "file", "farm.mp4", mp4, "video/mp4").expect(200).json();

        assertThat(reply.path("success").asBoolean()).isTrue();
        assertThat(reply.path("message").asString()).isEqualTo("Video uploaded successfully.");
        assertThat(reply.path("video_id").asString()).isEqualTo(videoId);
        assertThat(reply.path("title").asString()).isEqualTo("Pig and bunny");
        assertThat(reply.path("thumbnail").asString()).isEmpty();
        assertThat(reply.path("files").valueStream().map(JsonNode::asString))
                .containsExactly("source.mp4", "thumbnail.jpg");
        // an upload has no thumbnail of its own: a picture from early in the video is kept
        assertThat(ImageIO.read(new ByteArrayInputStream(store.getBytes(MediaKeys.thumbnail(videoId)))).getWidth())
                .isPositive();
        assertThat(reply.path("duration").asInt()).isEqualTo(4);
        assertThat(reply.path("local_path").asString()).isEqualTo("/downloads/" + videoId + "/source.mp4");
        assertThat(reply.path("subtitle_warning").asString()).isEqualTo(SubtitleImport.TRANSCRIBED);
        assertThat(reply.path("auth_source").asString()).isEqualTo("none");
        assertThat(reply.path("used_player_client")).isEmpty();
        assertThat(store.getBytes(MediaKeys.source(videoId))).isEqualTo(mp4);
        Map<String, Object> row = jdbc.sql("SELECT source_kind, source_size, status, fps FROM videos WHERE video_id = ?")
                .param(videoId).query().singleRow();
        assertThat(row).containsEntry("source_kind", "upload").containsEntry("source_size", (long) mp4.length)
                .containsEntry("status", "downloaded").containsEntry("fps", 25.0);
    }

    @Test
    void withoutAnIdOrTitleTheIdIsMadeAndTheTitleIsTheFileName() throws Exception {
        JsonNode reply = admin().postMultipart(UPLOAD, Map.of("ingest", "false"), "file", "Piglets at play.mp4",
                Files.readAllBytes(VideoFixtures.media().mp4()), "video/mp4").expect(200).json();

        String videoId = reply.path("video_id").asString();
        assertThat(videoId).matches("upload-[0-9a-f]{16}");
        assertThat(reply.path("title").asString()).isEqualTo("Piglets at play");
        assertThat(store.exists(MediaKeys.source(videoId))).isTrue();
    }

    @Test
    void mpegTsIsStoredAsAnMp4() throws Exception {
        String videoId = "ts_" + unique();

        admin().postMultipart(UPLOAD, Map.of("video_id", videoId, "ingest", "false"), "file", "clip.ts",
                Files.readAllBytes(VideoFixtures.media().mpegTs()), "video/mp2t").expect(200);

        assertThat(new String(store.getBytes(MediaKeys.source(videoId)), 4, 4, StandardCharsets.US_ASCII))
                .isEqualTo("ftyp");
    }

    @Test
    void aFileThatIsNotAVideoIsRefusedAndNothingIsKept() {
        String videoId = "txt_" + unique();

        JsonNode reply = admin().postMultipart(UPLOAD, Map.of("video_id", videoId), "file", "notes.mp4",
                "not a video at all\n".repeat(100).getBytes(StandardCharsets.UTF_8), "video/mp4").expect(400).json();

        // what the decoder said (and where the server kept the file) goes to the log, not to the client
        assertThat(reply.path("detail").asString()).isEqualTo("The file is not a video this server can read.");
        assertThat(reply.toString()).doesNotContain("/tmp").doesNotContain("pb-upload").doesNotContainIgnoringCase("avformat");
        assertThat(reply.path("error_code").asString()).isEqualTo("invalid_container");
        assertNothingKept(videoId);
    }

    @Test
    void soundWithoutPicturesIsRefused() throws Exception {
        String videoId = "snd_" + unique();

        JsonNode reply = admin().postMultipart(UPLOAD, Map.of("video_id", videoId), "file", "sound.m4a",
                Files.readAllBytes(VideoFixtures.media().m4a()), "audio/mp4").expect(400).json();

        assertThat(reply.path("detail").asString()).isEqualTo("The file is not a video: it has no picture.");
        assertNothingKept(videoId);
    }

    @Test
    void aVideoIdThatExistsIs409AndTheVideoIsUntouched() throws Exception {
        String videoId = "dup_" + unique();
        byte[] mp4 = Files.readAllBytes(VideoFixtures.media().mp4());
        ApiClient admin = admin();
        admin.postMultipart(UPLOAD, Map.of("video_id", videoId, "title", "First", "ingest", "false"), "file", "a.mp4", mp4, "video/mp4")
                .expect(200);

        JsonNode reply = admin.postMultipart(UPLOAD, Map.of("video_id", videoId, "title", "Second", "ingest", "false"), "file", "b.mp4",
                mp4, "video/mp4").expect(409).json();

        assertThat(reply.path("detail").asString()).isEqualTo("video_id " + videoId + " already exists");
        assertThat(jdbc.sql("SELECT title FROM videos WHERE video_id = ?").param(videoId).query(String.class).single())
                .isEqualTo("First");
    }

    @Test
    void badVideoIdsAndTitlesAre400AndNothingIsKept() throws Exception {
        byte[] mp4 = Files.readAllBytes(VideoFixtures.media().mp4());
        ApiClient admin = admin();
        int videos = count("videos");

        for (String badId : new String[] {"../etc", "a b", "x".repeat(65), "é"}) {
            assertThat(admin.postMultipart(UPLOAD, Map.of("video_id", badId), "file", "a.mp4", mp4, "video/mp4")
                    .expect(400).json().path("detail").asString()).startsWith("video_id must be");
        }
        String videoId = "title_" + unique();
        assertThat(admin.postMultipart(UPLOAD, Map.of("video_id", videoId, "title", "t".repeat(501)), "file", "a.mp4",
                mp4, "video/mp4").expect(400).json().path("detail").asString()).contains("at most 500");
        assertThat(admin.postMultipart(UPLOAD, Map.of("video_id", videoId), "file", "a.mp4", new byte[0], "video/mp4")
                .expect(400).json().path("detail").asString()).isEqualTo("file is empty");
        assertThat(count("videos")).isEqualTo(videos);
        assertNothingKept(videoId);
    }

    @Test
    void withoutAFileTheRequestIs422() {
        admin().postMultipart(UPLOAD, Map.of("video_id", "nofile_" + unique()), "file", null, null, null).expect(422);
    }

    @Test
    void onlyAnAdminMayUpload() throws Exception {
        byte[] mp4 = Files.readAllBytes(VideoFixtures.media().mp4());
        String password = "pw-" + unique();
        String expertId = newExpert(password);
        String videoId = "who_" + unique();

        anonymous().postMultipart(UPLOAD, Map.of("video_id", videoId), "file", "a.mp4", mp4, "video/mp4").expect(401);
        expert(expertId, password).postMultipart(UPLOAD, Map.of("video_id", videoId), "file", "a.mp4", mp4,
                "video/mp4").expect(403);
        assertNothingKept(videoId);
    }

    private void assertNothingKept(String videoId) {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM videos WHERE video_id = ?").param(videoId).query(Integer.class)
                .single()).isZero();
        assertThat(store.list(MediaKeys.prefix(videoId))).isEmpty();
    }

    @Test
    void anUploadStartsItsIngestAndAnswers202WithTheRun() throws Exception {
        String videoId = "up_" + unique();
        byte[] mp4 = Files.readAllBytes(VideoFixtures.media().mp4());

        JsonNode reply = admin().postMultipart(UPLOAD, Map.of("video_id", videoId, "interval_seconds", "2"), "file",
                "farm.mp4", mp4, "video/mp4").expect(202).json();

        long executionId = reply.path("execution_id").asLong();
        assertThat(reply.path("job").asString()).isEqualTo("ingestVideo");
        assertThat(reply.path("video_id").asString()).isEqualTo(videoId);
        JsonNode run = admin().get("/api/admin/jobs/" + executionId).expect(200).json();
        assertThat(run.path("job").asString()).isEqualTo("ingestVideo");
        assertThat(run.path("parameters").path("video_id").asString()).isEqualTo(videoId);
        assertThat(run.path("parameters").path("interval_seconds").asInt()).isEqualTo(2);
    }

    @Test
    void aBadSegmentLengthOrIngestFlagIsRefusedBeforeAnythingIsStored() throws Exception {
        String videoId = "up_" + unique();
        byte[] mp4 = Files.readAllBytes(VideoFixtures.media().mp4());
        ApiClient admin = admin();

        assertThat(admin.postMultipart(UPLOAD, Map.of("video_id", videoId, "interval_seconds", "0"), "file", "a.mp4",
                mp4, "video/mp4").expect(400).json().path("detail").asString()).contains("interval_seconds");
        admin.postMultipart(UPLOAD, Map.of("video_id", videoId, "ingest", "perhaps"), "file", "a.mp4", mp4,
                "video/mp4").expect(422);

        assertThat(store.exists(MediaKeys.source(videoId))).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM videos WHERE video_id = ?").param(videoId).query(Integer.class)
                .single()).isZero();
    }
}
