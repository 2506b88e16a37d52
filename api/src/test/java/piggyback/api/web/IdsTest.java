package piggyback.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The reference's normalisation unit tests (U25–U29) and the id rules (docs/api-contract.md#conventions). */
class IdsTest {

    @Test
    void childIdsAreTrimmedAndMustBeSixDigits() {
        assertThat(Ids.normaliseChildId("  123456  ")).isEqualTo("123456");
        assertThat(Ids.normaliseChildId("")).isEmpty();
        assertThat(Ids.normaliseChildId(null)).isEmpty();
        assertThat(Ids.isChildId("123456")).isTrue();
        assertThat(Ids.isChildId("12345")).isFalse();
        assertThat(Ids.isChildId("12a456")).isFalse();
        assertThat(Ids.isChildId("../123")).isFalse();
    }

    @Test
    void namesAreTrimmedWithInnerSpacesCollapsed() {
        assertThat(Ids.normaliseName("  John   Doe  ")).isEqualTo("John Doe");
        assertThat(Ids.normaliseName("")).isEmpty();
        assertThat(Ids.normaliseName(null)).isEmpty();
    }

    @Test
    void accountIdsAreLowerCasedAndFollowThePattern() {
        assertThat(Ids.normaliseAccountId(" Exp_One ")).isEqualTo("exp_one");
        assertThat(Ids.isAccountId("exp_one")).isTrue();
        assertThat(Ids.isAccountId("ab")).as("3 characters at least").isFalse();
        assertThat(Ids.isAccountId("_abc")).as("starts with a letter or digit").isFalse();
        assertThat(Ids.isAccountId("a".repeat(51))).isFalse();
        assertThat(Ids.isAccountId("a/b/c")).isFalse();
    }

    @Test
    void videoIdsAllowYoutubeCharactersOnly() {
        assertThat(Ids.isVideoId("dQw4w9WgXcQ")).isTrue();
        assertThat(Ids.isVideoId("a-b_C")).isTrue();
        assertThat(Ids.isVideoId("..")).isFalse();
        assertThat(Ids.isVideoId("a/b")).isFalse();
        assertThat(Ids.isVideoId("")).isFalse();
        assertThat(Ids.isVideoId("x".repeat(65))).isFalse();
    }
}
