package piggyback.api.kids.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The bit-parallel LCS against the textbook dynamic programme, across word boundaries and non-ASCII. */
class LcsTest {

    private static final int[] ALPHABET = {'a', 'b', 'c', ' ', 'é', 0x1F600};

    @Test
    void agreesWithTheDynamicProgrammeOnRandomStrings() {
        Random random = new Random(42);
        for (int run = 0; run < 2_000; run++) {
            int[] pattern = randomText(random, random.nextInt(200));
            int[] text = randomText(random, random.nextInt(200));
            int from = text.length == 0 ? 0 : random.nextInt(text.length);
            int to = from + random.nextInt(text.length - from + 1);
            assertThat(new Lcs(pattern).length(text, from, to))
                    .as("run %d", run).isEqualTo(dynamicProgramme(pattern, text, from, to));
        }
    }

    @Test
    void patternsOfExactlyOneWordAndJustOver() {
        int[] sixtyFour = "a".repeat(64).codePoints().toArray();
        int[] sixtyFive = "a".repeat(65).codePoints().toArray();
        assertThat(new Lcs(sixtyFour).length(sixtyFive, 0, 65)).isEqualTo(64);
        assertThat(new Lcs(sixtyFive).length(sixtyFive, 0, 65)).isEqualTo(65);
        assertThat(new Lcs(new int[0]).length(sixtyFive, 0, 65)).isZero();
    }

    @Test
    void knowsWhichCharactersThePatternHolds() {
        Lcs lcs = new Lcs("ab\u00e9".codePoints().toArray());
        assertThat(lcs.contains('a')).isTrue();
        assertThat(lcs.contains('\u00e9')).isTrue();
        assertThat(lcs.contains('c')).isFalse();
        assertThat(lcs.contains(0x1F600)).isFalse();
    }

    private static int[] randomText(Random random, int length) {
        int[] text = new int[length];
        for (int i = 0; i < length; i++) {
            text[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return text;
    }

    private static int dynamicProgramme(int[] a, int[] text, int from, int to) {
        int[][] table = new int[a.length + 1][to - from + 1];
        for (int i = 1; i <= a.length; i++) {
            for (int j = 1; j <= to - from; j++) {
                table[i][j] = a[i - 1] == text[from + j - 1] ? table[i - 1][j - 1] + 1
                        : Math.max(table[i - 1][j], table[i][j - 1]);
            }
        }
        return table[a.length][to - from];
    }
}
