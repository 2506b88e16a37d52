package piggyback.api.kids.grading;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The reference's text helpers: numbers read from digits and number words, the normalised word
 * string, and the two combined as the scorers' input. Numbers are {@link BigInteger}s because Python's ints
 * never overflow ("hundred hundred …" multiplies up, and a digit run may be long).
 */
final class AnswerText {

    private AnswerText() {
    }

    /**
     * Every digit run, then every run of number and scale words, as the reference reads them: adjacent number
     * words add up ("one two three" → 6) and a word stuck to punctuation ("three,") is not a number.
     */
    static List<BigInteger> wordsToNumbers(String text) {
        String lower = PyText.strip(text.toLowerCase(Locale.ROOT));
        List<BigInteger> numbers = new ArrayList<>(2);
        addDigitRuns(lower, numbers);
        BigInteger total = BigInteger.ZERO;
        BigInteger current = BigInteger.ZERO;
        boolean found = false;
        int start = -1;
        for (int k = 0; k <= lower.length(); k++) {
            boolean separator = k == lower.length() || lower.charAt(k) == '-' || PyText.isSpace(lower.charAt(k));
            if (!separator) {
                if (start < 0) {
                    start = k;
                }
                continue;
            }
            if (start < 0) {
                continue;
            }
            String token = lower.substring(start, k);
            start = -1;
            Integer number = WordLists.NUM_WORDS.get(token);
            Integer scale = WordLists.SCALE_WORDS.get(token);
            if (number != null) {
                found = true;
                current = current.add(BigInteger.valueOf(number));
            } else if (scale != null) {
                found = true;
                if (current.signum() == 0) {
                    current = BigInteger.ONE;
                }
                current = current.multiply(BigInteger.valueOf(scale));
                if (scale > 100) {
                    total = total.add(current);
                    current = BigInteger.ZERO;
                }
            } else if (found) {
                numbers.add(total.add(current));
                total = BigInteger.ZERO;
                current = BigInteger.ZERO;
                found = false;
            }
        }
        // The reference appends a sentinel token "end" so that a number at the very end is emitted too.
        if (found) {
            numbers.add(total.add(current));
        }
        return numbers;
    }

    /** Python's {@code re.findall(r"\d+")} read with {@code int()}: any Unicode decimal digit counts. */
    private static void addDigitRuns(String text, List<BigInteger> numbers) {
        StringBuilder digits = new StringBuilder();
        int k = 0;
        while (k <= text.length()) {
            int point = k < text.length() ? text.codePointAt(k) : ' ';
            if (Character.isDigit(point)) {
                digits.append((char) ('0' + Character.digit(point, 10)));
            } else if (digits.length() > 0) {
                numbers.add(new BigInteger(digits.toString()));
                digits.setLength(0);
            }
            k += Character.charCount(point);
        }
    }

    /** The {@code [a-z]+} words of the text without stop, filler and number words, synonyms made canonical. */
    static String normalizeText(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder normalized = new StringBuilder(lower.length());
        int start = -1;
        for (int k = 0; k <= lower.length(); k++) {
            boolean letter = k < lower.length() && lower.charAt(k) >= 'a' && lower.charAt(k) <= 'z';
            if (letter && start < 0) {
                start = k;
            } else if (!letter && start >= 0) {
                String token = lower.substring(start, k);
                start = -1;
                if (!WordLists.isDropped(token)) {
                    if (normalized.length() > 0) {
                        normalized.append(' ');
                    }
                    normalized.append(WordLists.SYNONYMS.getOrDefault(token, token));
                }
            }
        }
        return normalized.toString();
    }

    /** The scorers' input: the normalised words, then the distinct numbers in ascending order. */
    static String prepare(String text) {
        if (text.isEmpty()) {
            return "";
        }
        String normalized = normalizeText(text);
        List<BigInteger> numbers = wordsToNumbers(text);
        if (numbers.isEmpty()) {
            return normalized;
        }
        StringBuilder prepared = new StringBuilder(normalized);
        for (BigInteger number : new TreeSet<>(numbers)) {
            if (prepared.length() > 0) {
                prepared.append(' ');
            }
            prepared.append(number);
        }
        return prepared.toString();
    }
}
