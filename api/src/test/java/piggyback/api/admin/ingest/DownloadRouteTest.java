package piggyback.api.admin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import piggyback.api.ApiClient;
import piggyback.api.ApiTest;
import piggyback.batch.subtitles.SubtitleImport;
import piggyback.batch.testing.FixtureSite;
import piggyback.batch.testing.VideoFixtures;
import piggyback.storage.cues.Cues;
import piggyback.storage.media.MediaStore;
import piggyback.storage.videos.MediaKeys;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/download} over HTTP, with the real yt-dlp fetching from the local fixture site. */
class DownloadRouteTest extends ApiTest {

    @Autowired
    MediaStore store;
    @Autowired
    Cues cues;

    private final String name = "route" + unique();
    private final FixtureSite site = VideoFixtures.site(name);

    @AfterEach
    void stopSite() {
        site.close();
    }

    @Test
    void anAdminDownloadsAVideoWithItsSubtitles() {
        JsonNode reply = admin().postForm("/api/download", Map.of("url", site.url("/" + name + ".html")))
                .expect(200).json();

        String videoId = VideoFixtures.toolId(name);
        assertThat(reply.path("success").asBoolean()).isTrue();
        assertThat(reply.path("message").asString()).isEqualTo("Video downloaded successfully.");
        assertThat(reply.path("video_id").asString()).isEqualTo(videoId);
        assertThat(reply.path("title").asString()).startsWith(name);
        assertThat(reply.path("thumbnail").asString()).isEqualTo(site.url("/poster.webp"));
        assertThat(reply.path("files").valueStream().map(JsonNode::asString))
                .containsExactly("info.json", "source.mp4", "subtitles/en.vtt", "thumbnail.jpg");
        assertThat(reply.path("duration").asInt()).isEqualTo(4);
        assertThat(reply.path("local_path").asString()).isEqualTo("/downloads/" + videoId + "/source.mp4");
        assertThat(reply.has("subtitle_warning")).isFalse();
        assertThat(reply.has("error_code")).isFalse();
        assertThat(reply.path("auth_source").asString()).isEqualTo("none");
        assertThat(reply.path("used_player_client").valueStream().map(JsonNode::asString))
                .containsExactly("android", "web");
        assertThat(store.exists(MediaKeys.source(videoId))).isTrue();
        assertThat(cues.count(videoId)).isEqualTo(VideoFixtures.SUBTITLE_CUES);
        assertThat(jdbc.sql("SELECT source_kind FROM videos WHERE video_id = ?").param(videoId)
                .query(String.class).single()).isEqualTo("url");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'video.download' AND target_id = ?")
                .param(videoId).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void downloadingTheSameVideoAgainFetchesOnlyItsMetadata() {
        ApiClient admin = admin();
        admin.postForm("/api/download", Map.of("url", site.url("/" + name + ".html"))).expect(200);

        JsonNode again = admin.postForm("/api/download", Map.of("url", site.url("/" + name + ".html")))
                .expect(200).json();

        assertThat(again.path("success").asBoolean()).isTrue();
        assertThat(again.path("files")).hasSize(4);
        assertThat(again.path("used_player_client")).isEmpty();
        assertThat(site.hits("/clip.mp4")).isEqualTo(1);
        assertThat(site.hits("/clip.vtt")).isEqualTo(1);
    }

    @Test
    void aVideoWithoutSubtitlesIsDownloadedAndItsSoundTranscribedWithAWarning() {
        JsonNode reply = admin().postForm("/api/download", Map.of("url", site.url("/" + name + "-nosubs.html")))
                .expect(200).json();

        assertThat(reply.path("success").asBoolean()).isTrue();
        assertThat(reply.path("subtitle_warning").asString()).isEqualTo(SubtitleImport.TRANSCRIBED);
        // the site has no thumbnail: a picture from early in the video is kept instead
        assertThat(reply.path("files").valueStream().map(JsonNode::asString))
                .containsExactly("info.json", "source.mp4", "thumbnail.jpg");
        assertThat(cues.count(reply.path("video_id").asString())).isEqualTo(1);
    }

    @Test
    void withoutTheUrlFieldTheRequestIs422() {
        ApiClient.Reply reply = admin().postForm("/api/download", Map.of()).expect(422);

        assertThat(reply.json().path("detail").get(0).path("loc").valueStream().map(JsonNode::asString))
                .containsExactly("body", "url");
        assertThat(admin().post("/api/download").status()).isEqualTo(422);
    }

    @Test
    void anEmptyUrlIsAMissingUrlWithStatus200() {
        JsonNode reply = admin().postForm("/api/download", Map.of("url", "  ")).expect(200).json();

        assertThat(reply.path("success").asBoolean()).isFalse();
        assertThat(reply.path("message").asString()).isEqualTo("No URL provided.");
        assertThat(reply.path("error_code").asString()).isEqualTo("missing_url");
        assertThat(reply.path("recovery_hint").asString()).isNotBlank();
        assertThat(reply.path("video_id").isNull()).isTrue();
        assertThat(reply.path("title").isNull()).isTrue();
        assertThat(reply.path("thumbnail").isNull()).isTrue();
        assertThat(reply.path("files")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://evil.example/?youtube.com", "ftp://www.youtube.com/watch?v=abc",
            "https://www.you tube.com/", "not a url", "http://localhost:{port}/{name}.html"})
    void addressesOffTheAllowListAreInvalidAndNothingIsFetched(String url) {
        String address = url.replace("{port}", site.url("/").replaceAll(".*:(\\d+)/", "$1")).replace("{name}", name);

        JsonNode reply = admin().postForm("/api/download", Map.of("url", address)).expect(200).json();

        assertThat(reply.path("success").asBoolean()).isFalse();
        assertThat(reply.path("error_code").asString()).isEqualTo("invalid_url");
        assertThat(reply.path("message").asString()).isEqualTo("Please provide a valid YouTube URL.");
        assertThat(site.hits("/" + name + ".html")).isZero();
    }

    @Test
    void aPageThatIsNotThereIsADownloadErrorWithStatus200() {
        JsonNode reply = admin().postForm("/api/download", Map.of("url", site.url("/missing.html")))
                .expect(200).json();

        assertThat(reply.path("success").asBoolean()).isFalse();
        assertThat(reply.path("error_code").asString()).isEqualTo("download_error");
        assertThat(reply.path("message").asString()).startsWith("Download error: ").contains("404");
        assertThat(reply.path("video_id").isNull()).isTrue();
    }

    @Test
    void aPageWithOnlySoundKeepsWhatTheProbeFoundAndSaysNoVideoFile() {
        JsonNode reply = admin().postForm("/api/download", Map.of("url", site.url("/" + name + "-audio.html")))
                .expect(200).json();

        assertThat(reply.path("success").asBoolean()).isFalse();
        assertThat(reply.path("error_code").asString()).isEqualTo("no_video_file");
        assertThat(reply.path("message").asString()).isEqualTo("Download completed but no video file was found.");
        String videoId = VideoFixtures.toolId(name + "-audio");
        assertThat(reply.path("video_id").asString()).isEqualTo(videoId);
        assertThat(reply.path("title").asString()).startsWith(name);
        assertThat(reply.path("files")).isEmpty();
        assertThat(store.list(MediaKeys.prefix(videoId))).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM videos WHERE video_id = ?").param(videoId)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void onlyAnAdminMayDownload() {
        Map<String, String> form = Map.of("url", site.url("/" + name + ".html"));
        String password = "pw-" + unique();
        String expertId = newExpert(password);
        String parentCode = "code-" + unique();
        newChild(expertId, newParent(parentCode), "Kid");

        assertThat(anonymous().postForm("/api/download", form).expect(401).json().path("success").asBoolean())
                .isFalse();
        expert(expertId, password).postForm("/api/download", form).expect(403);
        learner(parentCode).postForm("/api/download", form).expect(403);
        assertThat(site.hits("/" + name + ".html")).isZero();
        assertThat(store.list(MediaKeys.prefix(VideoFixtures.toolId(name)))).isEmpty();
    }
}
