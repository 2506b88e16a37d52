package piggyback.api.admin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import piggyback.api.ApiTest;

/** {@code piggyback.upload.max-size} bounds uploads (a context of its own, with a small limit). */
@TestPropertySource(properties = "piggyback.upload.max-size=64KB")
class UploadSizeLimitTest extends ApiTest {

    @Test
    void anUploadOverTheLimitIs413AndNothingIsKept() {
        String videoId = "big_" + unique();

        String detail = admin().postMultipart("/api/admin/videos/upload", Map.of("video_id", videoId), "file",
                "big.mp4", new byte[200 * 1024], "video/mp4").expect(413).json().path("detail").asString();

        assertThat(detail).isEqualTo("The upload is too large");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM videos WHERE video_id = ?").param(videoId).query(Integer.class)
                .single()).isZero();
    }
}
