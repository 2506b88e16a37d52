package piggyback.api.kids.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites spoken numbers as digits before the reference procedure reads them (docs/decisions/0012), fixing two of its
 * quirks: tens above twenty ("thirty", "forty two", "one hundred and five") were not numbers, and adjacent number
 * words added up ("one two three" was 6). Now separate numbers stay separate ("two four" → "2 4"), and a child
 * counting up from one ("one two three") answers with the last number it reaches ("3").
 */
final class NumberWords {

    private static final Map<String, Integer> UNITS = Map.of("zero", 0, "one", 1, "two", 2, "three", 3, "four", 4,
            "five", 5, "six", 6, "seven", 7, "eight", 8, "nine", 9);
    private static final Map<String, Integer> TEENS = Map.of("ten", 10, "eleven", 11, "twelve", 12, "thirteen", 13,
            "fourteen", 14, "fifteen", 15, "sixteen", 16, "seventeen", 17, "eighteen", 18, "nineteen", 19);
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final Map<String, Long> SCALES = Map.of("hundred", 100L, "thousand", 1000L, "million", 1_000_000L);
    private static final Pattern WORD = Pattern.compile("[a-z]+");
    /** Words of one number are joined by spaces or hyphens, as the reference splits them. */
    private static final Pattern JOINER = Pattern.compile("[\\s-]+");

    private NumberWords() {
    }

    /** The text with each spoken number replaced by its digits; other text is kept as it is. */
    static String toDigits(String text) {
        List<Token> tokens = tokens(text);
        List<Spoken> numbers = new ArrayList<>();
        Spoken current = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean joined = current != null && JOINER.matcher(text.substring(current.end, token.start)).matches();
            if (current != null && joined && current.extend(token.word)) {
                current.end = token.end;
                continue;
            }
            // "hundred and five": "and" continues a number after a scale word when a number word follows
            if (current != null && joined && token.word.equals("and") && current.endsWithScale()
                    && i + 1 < tokens.size() && isNumberWord(tokens.get(i + 1).word)
                    && JOINER.matcher(text.substring(token.end, tokens.get(i + 1).start)).matches()
                    && current.extend(tokens.get(i + 1).word)) {
                current.end = tokens.get(++i).end;
                continue;
            }
            current = Spoken.start(token);
            if (current != null) {
                numbers.add(current);
            }
        }
        return rewrite(text, collapseCounting(text, numbers));
    }

    private static boolean isNumberWord(String word) {
        return UNITS.containsKey(word) || TEENS.containsKey(word) || TENS.containsKey(word)
                || SCALES.containsKey(word);
    }

    /** "one two three …" joined by spaces only: one number, the last reached. */
    private static List<Spoken> collapseCounting(String text, List<Spoken> numbers) {
        List<Spoken> collapsed = new ArrayList<>();
        int i = 0;
        while (i < numbers.size()) {
            int j = i;
            while (numbers.get(i).value == 1 && j + 1 < numbers.size()
                    && numbers.get(j + 1).value == numbers.get(j).value + 1
                    && JOINER.matcher(text.substring(numbers.get(j).end, numbers.get(j + 1).start)).matches()) {
                j++;
            }
            Spoken counted = numbers.get(j);
            counted.start = numbers.get(i).start;
            collapsed.add(counted);
            i = j + 1;
        }
        return collapsed;
    }

    private static String rewrite(String text, List<Spoken> numbers) {
        if (numbers.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (Spoken number : numbers) {
            out.append(text, copied, number.start).append(number.value);
            copied = number.end;
        }
        return out.append(text, copied, text.length()).toString();
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            tokens.add(new Token(word.group(), word.start(), word.end()));
        }
        return tokens;
    }

    private record Token(String word, int start, int end) {
    }

    /**
     * One spoken number being read: {@code total} holds what the scales above a hundred closed, {@code group} the
     * part below, {@code last} what kind of word came last, which decides whether the next word continues it.
     */
    private static final class Spoken {

        private enum Kind { UNIT, TEEN, TENS, HUNDRED, BIG_SCALE }

        private long total;
        private long group;
        private long value;
        private Kind last;
        private int start;
        private int end;

        static Spoken start(Token token) {
            Spoken number = new Spoken();
            number.start = token.start;
            number.end = token.end;
            return number.extend(token.word) ? number : null;
        }

        boolean endsWithScale() {
            return last == Kind.HUNDRED || last == Kind.BIG_SCALE;
        }

        /** Adds the word when it continues this number ("twenty" + "five"); false when it starts another. */
        boolean extend(String word) {
            Integer unit = UNITS.get(word);
            Integer teen = TEENS.get(word);
            Integer tens = TENS.get(word);
            Long scale = SCALES.get(word);
            if (unit != null && (last == null || last == Kind.TENS || endsWithScale())) {
                group += unit;
                last = Kind.UNIT;
            } else if ((teen != null || tens != null) && (last == null || endsWithScale())) {
                group += teen != null ? teen : tens;
                last = teen != null ? Kind.TEEN : Kind.TENS;
            } else if (scale != null && scale == 100 && last != null && last != Kind.HUNDRED
                    && last != Kind.BIG_SCALE && group < 100) {
                group *= 100;
                last = Kind.HUNDRED;
            } else if (scale != null && scale > 100 && last != null && last != Kind.BIG_SCALE) {
                total += Math.max(group, 1) * scale;
                group = 0;
                last = Kind.BIG_SCALE;
            } else if (scale != null && last == null) {
                // a bare scale word, as in "a hundred"
                group = scale == 100 ? 100 : 0;
                total = scale == 100 ? 0 : scale;
                last = scale == 100 ? Kind.HUNDRED : Kind.BIG_SCALE;
            } else {
                return false;
            }
            value = total + group;
            return true;
        }
    }
}
