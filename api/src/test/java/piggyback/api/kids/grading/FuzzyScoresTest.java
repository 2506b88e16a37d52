package piggyback.api.kids.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The RapidFuzz ports against spec §5.4's known values, RapidFuzz's own regression values (its tests/test_fuzz.py)
 * and hand derivations. Exact expectations are written as RapidFuzz's expression, so a reordered operation fails.
 */
class FuzzyScoresTest {

    @Test
    void specKnownValues() {
        // shorter "pikahu" (6); the window "pikach" and the suffix "ikachu" share 5 characters: 1 - 2/12.
        assertThat(FuzzyScores.partialRatio("pikachu", "pikahu")).isEqualTo((1.0 - 2.0 / 12.0) * 100)
                .isCloseTo(83.333, within(0.001));
        // no shared token; ab = "pikachu", ba = "pikahu", LCS 6 so Indel distance 1 over 7 + 6.
        assertThat(FuzzyScores.tokenSetRatio("pikachu", "pikahu")).isEqualTo(100.0 - 100.0 * 1 / 13)
                .isCloseTo(92.307, within(0.001));
        // "purple": only the suffix window "le" ends well; LCS("blue", "le") = 2: 1 - 2/6.
        assertThat(FuzzyScores.partialRatio("blue", "purple")).isEqualTo((1.0 - 2.0 / 6.0) * 100)
                .isCloseTo(66.67, within(0.01));
        // windows "gre" and "ree" of "green" share "re" with "red": 1 - 2/6.
        assertThat(FuzzyScores.partialRatio("red", "green")).isEqualTo((1.0 - 2.0 / 6.0) * 100);
    }

    @Test
    void emptyStrings() {
        assertThat(FuzzyScores.partialRatio("", "")).isEqualTo(100.0);
        assertThat(FuzzyScores.partialRatio("", "dog")).isEqualTo(0.0);
        assertThat(FuzzyScores.partialRatio("dog", "")).isEqualTo(0.0);
        // RapidFuzz keeps FuzzyWuzzy's 0 when a side has no token, even for two empty strings.
        assertThat(FuzzyScores.tokenSetRatio("", "")).isEqualTo(0.0);
        assertThat(FuzzyScores.tokenSetRatio("    ", "    ")).isEqualTo(0.0);
        assertThat(FuzzyScores.tokenSetRatio("", "dog")).isEqualTo(0.0);
    }

    @Test
    void oneTokenSetInsideTheOtherScores100() {
        assertThat(FuzzyScores.tokenSetRatio("js", "vue js")).isEqualTo(100.0);
        assertThat(FuzzyScores.tokenSetRatio("happy dog", "dog")).isEqualTo(100.0);
        assertThat(FuzzyScores.tokenSetRatio("new york mets vs atlanta braves", "atlanta braves vs new york mets"))
                .isEqualTo(100.0);
        assertThat(FuzzyScores.tokenSetRatio("dog  dog\tdog", "dog")).isEqualTo(100.0);
    }

    @Test
    void rapidFuzzRegressionValues() {
        assertThat(FuzzyScores.partialRatio("new york mets", "the wonderful new york mets")).isEqualTo(100.0);
        assertThat(FuzzyScores.partialRatio("physics 2 vid", "study physics physics 2")).isCloseTo(81.81818, within(1e-5));
        assertThat(FuzzyScores.partialRatio("physics 2 vid", "study physics physics 2 video")).isEqualTo(100.0);
        assertThat(FuzzyScores.partialRatio("ax b", "a b a c b")).isCloseTo(85.71428, within(1e-5));
        String s1 = "aaaaaaaaaaaaaaaaaaaaaaaabacaaaaaaaabaaabaaaaaaaababbbbbbbbbbabbcb";
        String s2 = "aaaaaaaaaaaaaaaaaaaaaaaababaaaaaaaabaaabaaaaaaaababbbbbbbbbbabbcb";
        assertThat(FuzzyScores.partialRatio(s1, s2)).isEqualTo(98.46153846153847);
        assertThat(FuzzyScores.partialRatio(s2, s1)).isEqualTo(98.46153846153847);
        assertThat(FuzzyScores.partialRatio("ÁÄ", "ABCD")).isEqualTo(0.0);
        assertThat(FuzzyScores.tokenSetRatio("ÁÄ", "ABCD")).isEqualTo(0.0);
        assertThat(FuzzyScores.partialRatio("ÁÄ", "ÁÄ")).isEqualTo(100.0);
    }

    @Test
    void equalLengthsAlsoScanTheOtherWay() {
        // Both 65 long. Needle "a"×65 over "aĀa…": the best window is the whole text, 64 shared, 1 - 2/130.
        // Swapped, needle "aĀa…" over "a"×65: the prefix "a"×64 shares 64, 1 - (65 + 64 - 128)/129, better.
        String as = "a".repeat(65);
        String other = "a" + (char) 256 + "a".repeat(63);
        assertThat(FuzzyScores.partialRatio(as, other)).isEqualTo((1.0 - 1.0 / 129.0) * 100)
                .isCloseTo(99.22481, within(1e-5));
    }

    @Test
    void handDerivedPartialRatios() {
        // needle "apple" over "banana", S = {a, p, l, e}. Prefixes: "ba" 1 - 5/7, "bana" 1 - 7/9 ("b" and "ban"
        // end outside S). The one full window "banan" ends in n: skipped. Suffixes: "anana" 1 - 8/10,
        // "ana" 1 - 6/8, "a" 1 - 4/6, the best.
        assertThat(FuzzyScores.partialRatio("banana", "apple")).isEqualTo((1.0 - 4.0 / 6.0) * 100);
        // "ball"/"bell", same length: the whole of either shares "bll" with the other, 1 - 2/8, both ways round.
        assertThat(FuzzyScores.partialRatio("ball", "bell")).isEqualTo(75.0);
        // needle "green" over "red blue": every full window ends in b, l or u, so only the prefixes "r", "re" and
        // the suffix "e" count; "re" (LCS 2) gives 1 - 3/7 = 57.1, under the list threshold of 60.
        assertThat(FuzzyScores.partialRatio("green", "red blue")).isEqualTo((1.0 - 3.0 / 7.0) * 100);
    }

    @Test
    void handDerivedTokenSetRatios() {
        // sl = 0: ab = "elephant", ba = "elefant", LCS 6, distance 3 over 15.
        assertThat(FuzzyScores.tokenSetRatio("elephant", "elefant")).isEqualTo(80.0);
        // I = {dog} (sl 3), ab = "cat", ba = "cow": sab = sba = 3 + 1 + 3 = 7, distance 4 (LCS "c"):
        // r1 = 100 - 400/14 = 71.4; r2 = r3 = 100 - 100·(1 + 3)/(3 + 7) = 60; r1 wins.
        assertThat(FuzzyScores.tokenSetRatio("cat dog", "dog cow")).isEqualTo(100.0 - 100.0 * 4 / 14);
        // I = {ball, big} (sl 8), ab = "red", ba = "xyz": r1 = 100 - 600/24 = 75; r2 = 100 - 400/20 = 80 wins.
        assertThat(FuzzyScores.tokenSetRatio("big red ball", "big ball xyz")).isEqualTo(80.0);
    }

    @Test
    void differencesAreJoinedInSortedOrder() {
        // ab = "a b" (sorted; "b a" as written), ba = "ab": LCS 2, distance 1 over 5 → 80. Unsorted it would be 40.
        assertThat(FuzzyScores.tokenSetRatio("b a", "ab")).isEqualTo(80.0);
        // Sorted by code point U+FF21 "Ａ" comes before U+1F600 "😀" (as UTF-16 it would not): ab = "Ａ 😀"
        // against "Ａ😀", LCS 2 of 3 + 2 code points → 80.
        assertThat(FuzzyScores.tokenSetRatio("\uD83D\uDE00 \uFF21", "\uFF21\uD83D\uDE00")).isEqualTo(80.0);
    }

    @Test
    void lengthsAreCodePointsNotUtf16Units() {
        // As UTF-16 the two emoji share a high surrogate (LCS 1 of 2 + 2); as code points they share nothing.
        assertThat(FuzzyScores.tokenSetRatio("\uD83D\uDE00", "\uD83D\uDE01")).isEqualTo(0.0);
        // the needle "😀a" (2 code points) lies inside "x😀a".
        assertThat(FuzzyScores.partialRatio("\uD83D\uDE00a", "x\uD83D\uDE00a")).isEqualTo(100.0);
    }
}
