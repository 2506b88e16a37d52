package piggyback.api.kids.grading;

import java.util.Arrays;
import java.util.TreeSet;

/**
 * Ports of RapidFuzz 3.x {@code fuzz.partial_ratio} and {@code fuzz.token_set_ratio}, on Unicode code
 * points. The double expressions are RapidFuzz's own, in its order of operations, because the grader compares
 * the results with thresholds such as exactly 0.75 and prints them rounded: one ulp off could flip a grade.
 */
final class FuzzyScores {

    private FuzzyScores() {
    }

    /** RapidFuzz's {@code fuzz.ratio} (0–100): the Indel similarity of the two whole strings. */
    static double ratio(String s1, String s2) {
        int[] a = codePoints(s1);
        int[] b = codePoints(s2);
        if (a.length + b.length == 0) {
            return 100;
        }
        return similarity(a.length, b.length, new Lcs(a).length(b, 0, b.length)) * 100;
    }

    /** The best Indel similarity (0–100) of the shorter string with any window of the longer one. */
    static double partialRatio(String s1, String s2) {
        int[] shorter = codePoints(s1);
        int[] longer = codePoints(s2);
        if (shorter.length > longer.length) {
            int[] swap = shorter;
            shorter = longer;
            longer = swap;
        }
        if (shorter.length == 0) {
            return longer.length == 0 ? 100 : 0;
        }
        double result = bestWindow(shorter, longer) * 100;
        // With equal lengths the windows of one string are not those of the other, so RapidFuzz tries both ways.
        if (shorter.length == longer.length && result != 100) {
            result = Math.max(result, bestWindow(longer, shorter) * 100);
        }
        return result;
    }

    /**
     * RapidFuzz's exhaustive short-needle scan: prefixes of {@code text} shorter than the needle, every full-length
     * window, then suffixes; a window only counts when the character at its open end occurs in the needle.
     * That skip never changes the maximum (dropping such a character keeps the LCS and shortens the window, and
     * the shorter or shifted window is scanned too); RapidFuzz does it for speed, and so does this.
     */
    private static double bestWindow(int[] needle, int[] text) {
        Lcs lcs = new Lcs(needle);
        int n = needle.length;
        int m = text.length;
        double best = 0;
        for (int end = 1; end < n; end++) {
            if (lcs.contains(text[end - 1])) {
                best = Math.max(best, similarity(n, end, lcs.length(text, 0, end)));
                if (best == 1.0) {
                    return best;
                }
            }
        }
        for (int start = 0; start < m - n; start++) {
            if (lcs.contains(text[start + n - 1])) {
                best = Math.max(best, similarity(n, n, lcs.length(text, start, start + n)));
                if (best == 1.0) {
                    return best;
                }
            }
        }
        for (int start = m - n; start < m; start++) {
            if (lcs.contains(text[start])) {
                best = Math.max(best, similarity(n, m - start, lcs.length(text, start, m)));
                if (best == 1.0) {
                    return best;
                }
            }
        }
        return best;
    }

    /** RapidFuzz's normalised Indel similarity: {@code 1 - distance / (len1 + len2)}, lengths never both 0 here. */
    private static double similarity(int len1, int len2, int lcs) {
        return 1.0 - (double) (len1 + len2 - 2 * lcs) / (double) (len1 + len2);
    }

    /** Compares the token sets (0–100): 100 when one set contains the other and they share a token. */
    static double tokenSetRatio(String s1, String s2) {
        String[] a = sortedTokens(s1);
        String[] b = sortedTokens(s2);
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        StringBuilder onlyA = new StringBuilder();
        StringBuilder onlyB = new StringBuilder();
        int shared = 0;
        int sharedLength = 0;
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            int order = i == a.length ? 1 : j == b.length ? -1 : compareCodePoints(a[i], b[j]);
            if (order == 0) {
                sharedLength += a[i].codePointCount(0, a[i].length());
                shared++;
                i++;
                j++;
            } else if (order < 0) {
                append(onlyA, a[i++]);
            } else {
                append(onlyB, b[j++]);
            }
        }
        if (shared > 0 && (onlyA.length() == 0 || onlyB.length() == 0)) {
            return 100;
        }
        int sect = shared == 0 ? 0 : sharedLength + shared - 1;
        int sep = sect > 0 ? 1 : 0;
        int[] ab = codePoints(onlyA.toString());
        int[] ba = codePoints(onlyB.toString());
        int sectAb = sect + sep + ab.length;
        int sectBa = sect + sep + ba.length;
        // Here both differences are non-empty (else the 100 above, or a token set was empty), so no sum is 0.
        int distance = ab.length + ba.length - 2 * new Lcs(ab).length(ba, 0, ba.length);
        double result = 100.0 - 100.0 * distance / (sectAb + sectBa);
        if (sect == 0) {
            return result;
        }
        // Against the bare intersection, only the separator and the difference are edits.
        double abRatio = 100.0 - 100.0 * (sep + ab.length) / (sect + sectAb);
        double baRatio = 100.0 - 100.0 * (sep + ba.length) / (sect + sectBa);
        return Math.max(result, Math.max(abRatio, baRatio));
    }

    private static void append(StringBuilder joined, String token) {
        if (joined.length() > 0) {
            joined.append(' ');
        }
        joined.append(token);
    }

    /** The distinct tokens between Python whitespace, in code point order. */
    private static String[] sortedTokens(String s) {
        TreeSet<String> tokens = new TreeSet<>(FuzzyScores::compareCodePoints);
        int start = -1;
        for (int k = 0; k <= s.length(); k++) {
            boolean space = k == s.length() || PyText.isSpace(s.charAt(k));
            if (space && start >= 0) {
                tokens.add(s.substring(start, k));
                start = -1;
            } else if (!space && start < 0) {
                start = k;
            }
        }
        return tokens.toArray(new String[0]);
    }

    /** Code point order, which is not {@code String.compareTo}'s UTF-16 order beyond the BMP. */
    private static int compareCodePoints(String x, String y) {
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            int cx = x.codePointAt(i);
            int cy = y.codePointAt(j);
            if (cx != cy) {
                return Integer.compare(cx, cy);
            }
            i += Character.charCount(cx);
            j += Character.charCount(cy);
        }
        return Boolean.compare(i < x.length(), j < y.length());
    }

    private static int[] codePoints(String s) {
        int[] points = new int[s.length()];
        int count = 0;
        int k = 0;
        while (k < s.length()) {
            int point = s.codePointAt(k);
            points[count++] = point;
            k += Character.charCount(point);
        }
        return count == points.length ? points : Arrays.copyOf(points, count);
    }
}
