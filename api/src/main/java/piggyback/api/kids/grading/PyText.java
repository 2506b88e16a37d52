package piggyback.api.kids.grading;

/**
 * Python's {@code str} rules that the reference grader relies on, where Java's differ: {@code str.isspace()}
 * (also {@code \s} in Python's {@code re}) counts U+001C–001F, U+0085 and the no-break spaces, which
 * {@code String.strip()} and Java's {@code \s} do not, while {@code String.trim()} also strips control characters.
 */
final class PyText {

    /** Python's whitespace as a regex character class, for patterns ported from the reference. */
    static final String SPACE = "[\\t-\\r\\x1C-\\x20\\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]";
    /** Python's {@code \w} ({@code isalnum()} or underscore), for the word boundaries of ported patterns. */
    static final String WORD = "[\\p{L}\\p{N}_]";

    private PyText() {
    }

    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || cp == 0x85 || cp == 0xA0 || cp == 0x2007 || cp == 0x202F;
    }

    /** Python's {@code s.strip()}. */
    static String strip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isSpace(s.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    /** Python's {@code not s.strip()}. */
    static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
