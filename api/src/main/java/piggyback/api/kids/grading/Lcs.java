package piggyback.api.kids.grading;

import java.util.Arrays;

/**
 * Lengths of longest common subsequences between one fixed pattern and many texts, by the bit-parallel
 * algorithm RapidFuzz uses (Hyyrö 2004): one pass over the text with {@code ceil(|pattern| / 64)} words of
 * state, so a partial-ratio scan over every window stays linear in the window lengths.
 */
final class Lcs {

    private static final int ASCII = 128;

    private final int words;
    private final long lastWordMask;
    /** Bit {@code i} of the mask of character {@code c} is set when {@code pattern[i] == c}; ASCII by index. */
    private final long[] asciiMasks;
    /** The other characters, sorted, with their masks at {@code index * words}: no boxing on lookup. */
    private final int[] otherChars;
    private final long[] otherMasks;

    Lcs(int[] pattern) {
        words = Math.max(1, (pattern.length + 63) / 64);
        int tail = pattern.length % 64;
        lastWordMask = tail == 0 && pattern.length > 0 ? -1L : (1L << tail) - 1;
        asciiMasks = new long[ASCII * words];
        otherChars = nonAscii(pattern);
        otherMasks = new long[otherChars.length * words];
        for (int i = 0; i < pattern.length; i++) {
            int c = pattern[i];
            long bit = 1L << (i % 64);
            if (c < ASCII) {
                asciiMasks[c * words + i / 64] |= bit;
            } else {
                otherMasks[Arrays.binarySearch(otherChars, c) * words + i / 64] |= bit;
            }
        }
    }

    private static int[] nonAscii(int[] pattern) {
        for (int c : pattern) {
            if (c >= ASCII) {
                return Arrays.stream(pattern).filter(d -> d >= ASCII).distinct().sorted().toArray();
            }
        }
        return new int[0];
    }

    /** Whether the character occurs in the pattern. */
    boolean contains(int c) {
        if (c < ASCII) {
            for (int w = 0; w < words; w++) {
                if (asciiMasks[c * words + w] != 0) {
                    return true;
                }
            }
            return false;
        }
        return Arrays.binarySearch(otherChars, c) >= 0;
    }

    /** LCS of the pattern and {@code text[from, to)}. */
    int length(int[] text, int from, int to) {
        return words == 1 ? oneWord(text, from, to) : manyWords(text, from, to);
    }

    private int oneWord(int[] text, int from, int to) {
        long s = -1L;
        for (int k = from; k < to; k++) {
            long u = s & mask(text[k], 0);
            s = (s + u) | (s - u);
        }
        return Long.bitCount(~s & lastWordMask);
    }

    private int manyWords(int[] text, int from, int to) {
        long[] s = new long[words];
        Arrays.fill(s, -1L);
        for (int k = from; k < to; k++) {
            int c = text[k];
            long carry = 0;
            for (int w = 0; w < words; w++) {
                long x = s[w];
                long u = x & mask(c, w);
                long withCarry = x + carry;
                long sum = withCarry + u;
                carry = Long.compareUnsigned(withCarry, x) < 0 || Long.compareUnsigned(sum, withCarry) < 0 ? 1 : 0;
                s[w] = sum | (x - u);
            }
        }
        int lcs = 0;
        for (int w = 0; w < words - 1; w++) {
            lcs += Long.bitCount(~s[w]);
        }
        return lcs + Long.bitCount(~s[words - 1] & lastWordMask);
    }

    private long mask(int c, int word) {
        if (c < ASCII) {
            return asciiMasks[c * words + word];
        }
        int index = Arrays.binarySearch(otherChars, c);
        return index < 0 ? 0 : otherMasks[index * words + word];
    }
}
