package piggyback.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VideoIdsTest {

    @Test
    void youtubeIdsAreKeptAsTheyAre() {
        assertThat(VideoIds.fromToolId("dQw4w9WgXcQ")).isEqualTo("dQw4w9WgXcQ");
        assertThat(VideoIds.fromToolId("a_B-9")).isEqualTo("a_B-9");
    }

    @Test
    void otherSitesIdsAreMadeToFollowTheRule() {
        assertThat(VideoIds.fromToolId("my clip.v2/../x")).isEqualTo("my-clip-v2-x");
        assertThat(VideoIds.fromToolId("é".repeat(3) + "x".repeat(70))).hasSize(64).matches("^[A-Za-z0-9_-]{1,64}$");
        assertThat(VideoIds.fromToolId("")).isEqualTo("unknown");
        assertThat(VideoIds.fromToolId(null)).isEqualTo("unknown");
    }

    @Test
    void theRuleAndFreshUploadIds() {
        assertThat(VideoIds.isValid("abc_DEF-123")).isTrue();
        assertThat(VideoIds.isValid("x".repeat(65))).isFalse();
        assertThat(VideoIds.isValid("../etc")).isFalse();
        assertThat(VideoIds.isValid("")).isFalse();
        assertThat(VideoIds.isValid(null)).isFalse();
        String fresh = VideoIds.newUploadId();
        assertThat(VideoIds.isValid(fresh)).isTrue();
        assertThat(fresh).startsWith("upload-").isNotEqualTo(VideoIds.newUploadId());
    }
}
