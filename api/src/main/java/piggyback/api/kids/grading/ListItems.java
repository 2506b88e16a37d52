package piggyback.api.kids.grading;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** List answers ("red, blue and green"): their items, how many the child named, how many the question asks for. */
final class ListItems {

    /** An item counts as named at this score (0–100) of either scorer. */
    private static final double MATCH_AT = 60;
    private static final Pattern ITEM_SEPARATOR =
            Pattern.compile(",|" + PyText.SPACE + "and" + PyText.SPACE, Pattern.CASE_INSENSITIVE);
    /** Python's {@code \bcalled\s+(.+)}; UNIX_LINES because Python's {@code .} only stops at {@code \n}. */
    private static final Pattern CALLED =
            Pattern.compile("(?<!" + PyText.WORD + ")called" + PyText.SPACE + "+(.+)", Pattern.UNIX_LINES);
    /** The reference counts parts with a plain substring "and", so "sand" splits too (spec §12.3-9). */
    private static final Pattern COUNT_SEPARATOR = Pattern.compile(",|and");
    private static final String[] COUNT_WORDS = {"one", "two", "three", "four", "five"};

    private ListItems() {
    }

    /** The items of a comma-separated answer; {@code []} when the answer has no comma. */
    static List<String> extractItems(String expected) {
        if (expected.indexOf(',') < 0) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (String part : ITEM_SEPARATOR.split(expected)) {
            if (!PyText.isBlank(part)) {
                String item = simplify(part);
                if (!item.isEmpty()) {
                    items.add(item);
                }
            }
        }
        return items;
    }

    /** "a dog called rex" → "rex"; otherwise the last three normalised words. */
    private static String simplify(String part) {
        String item = PyText.strip(part);
        Matcher called = CALLED.matcher(item);
        if (called.find()) {
            item = called.group(1);
        }
        String normalized = AnswerText.normalizeText(item);
        int cut = normalized.length();
        for (int words = 0; words < 3 && cut >= 0; words++) {
            cut = normalized.lastIndexOf(' ', cut - 1);
        }
        return cut < 0 ? normalized : normalized.substring(cut + 1);
    }

    static ListMatch listMatch(String expected, String user) {
        return match(extractItems(expected), user);
    }

    /** Matches are counted once per distinct item, as the reference collects them in a set. */
    static ListMatch match(List<String> items, String user) {
        String answer = AnswerText.normalizeText(user);
        Set<String> matched = new HashSet<>();
        for (String item : items) {
            if (!matched.contains(item) && Math.max(FuzzyScores.partialRatio(item, answer),
                    FuzzyScores.tokenSetRatio(item, answer)) >= MATCH_AT) {
                matched.add(item);
            }
        }
        return new ListMatch(matched.size(), items.size());
    }

    /** How many items the question asks for: the first of "one" … "five" inside it (as a substring), at most all. */
    static int requiredItems(String question, String expected) {
        int total = 0;
        for (String part : COUNT_SEPARATOR.split(expected)) {
            if (!PyText.isBlank(part)) {
                total++;
            }
        }
        String lower = question.toLowerCase(Locale.ROOT);
        for (int i = 0; i < COUNT_WORDS.length; i++) {
            if (lower.contains(COUNT_WORDS[i])) {
                return Math.min(i + 1, total);
            }
        }
        return total;
    }

    /** {@code matched} distinct items of the answer's {@code total} were named. */
    record ListMatch(int matched, int total) {
    }
}
