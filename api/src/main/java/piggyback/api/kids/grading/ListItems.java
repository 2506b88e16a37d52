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

    private static final Pattern ITEM_SEPARATOR =
            Pattern.compile(",|" + PyText.SPACE + "and" + PyText.SPACE, Pattern.CASE_INSENSITIVE);
    /** Python's {@code \bcalled\s+(.+)}; UNIX_LINES because Python's {@code .} only stops at {@code \n}. */
    private static final Pattern CALLED =
            Pattern.compile("(?<!" + PyText.WORD + ")called" + PyText.SPACE + "+(.+)", Pattern.UNIX_LINES);
    /** The reference counts parts with a plain substring "and", so "sand" splits too (docs/decisions/0012). */
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
        return match(extractItems(expected), user, Rule.REFERENCE);
    }

    /** Matches are counted once per distinct item, as the reference collects them in a set. */
    static ListMatch match(List<String> items, String user, Rule rule) {
        String answer = AnswerText.normalizeText(user);
        Set<String> matched = new HashSet<>();
        for (String item : items) {
            if (!matched.contains(item) && rule.named(item, answer)) {
                matched.add(item);
            }
        }
        return new ListMatch(matched.size(), items.size());
    }

    /**
     * Whether some word of the answer, or two adjacent ones run together ("tooth brush"), is nearly the item or
     * sounds like it ("son" for "sun").
     */
    private static boolean nearlySaid(String item, String answer) {
        String[] words = answer.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (nearly(item, words[i]) || i + 1 < words.length && nearly(item, words[i] + words[i + 1])) {
                return true;
            }
        }
        return false;
    }

    private static boolean nearly(String item, String word) {
        return FuzzyScores.ratio(item, word) >= 80 || Phonetics.soundAlike(word, item)
                || Lexicon.wordNet().same(Lexicon.wordNet().forms(word), Lexicon.wordNet().forms(item));
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

    /** When an item counts as named, and what an answer naming none of them gets. */
    enum Rule {
        /** The reference: either fuzzy score of 60 names an item, so "green" ≈ "red" (66.7); none named, the
         * whole answer's fuzzy score decides (step 5). */
        REFERENCE(false) {
            @Override
            boolean named(String item, String answer) {
                return Math.max(FuzzyScores.partialRatio(item, answer), FuzzyScores.tokenSetRatio(item, answer)) >= 60;
            }
        },
        /**
         * The fix (docs/decisions/0012): a one-word item must be nearly one of the answer's words (ratio 80, which lets
         * a misheard "read" or "gren" through, 85.7 and 88.9, but not "green" for "red" or "pears" for "apples");
         * longer items keep the reference's test. An answer naming none of the items is wrong, as the whole
         * answer's fuzzy score would only measure the same near misses. A longer item ("played swings") is named by
         * its last word, its head.
         */
        STRICT(true) {
            @Override
            boolean named(String item, String answer) {
                return nearlySaid(item.substring(item.lastIndexOf(' ') + 1), answer);
            }
        };

        private final boolean noneNamedIsWrong;

        Rule(boolean noneNamedIsWrong) {
            this.noneNamedIsWrong = noneNamedIsWrong;
        }

        /** Whether the item (normalised) is named in the answer (normalised). */
        abstract boolean named(String item, String answer);

        boolean noneNamedIsWrong() {
            return noneNamedIsWrong;
        }
    }

    /** {@code matched} distinct items of the answer's {@code total} were named. */
    record ListMatch(int matched, int total) {
    }
}
