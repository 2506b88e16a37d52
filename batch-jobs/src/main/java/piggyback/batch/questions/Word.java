package piggyback.batch.questions;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A word of a sentence with its Universal Dependencies tag (NOUN, PROPN, VERB, AUX, ADP …) and
 * its lemma, as OpenNLP's English models give them.
 */
record Word(String text, String tag, String lemma) {

    private static final Pattern NO_SPACE_BEFORE = Pattern.compile("^([,.!?;:%)\\]]|'s|'re|'ve|'ll|'d|'m|n't)$",
            Pattern.CASE_INSENSITIVE);

    boolean is(String... tags) {
        for (String candidate : tags) {
            if (tag.equals(candidate)) {
                return true;
            }
        }
        return false;
    }

    boolean isVerb() {
        return is("VERB", "AUX");
    }

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    boolean in(Set<String> words) {
        return words.contains(lower());
    }

    /** The words as written text: no space before punctuation or a contraction. */
    static String join(List<Word> words) {
        StringBuilder text = new StringBuilder();
        for (Word word : words) {
            if (!text.isEmpty() && !NO_SPACE_BEFORE.matcher(word.text()).matches()
                    && text.charAt(text.length() - 1) != '(') {
                text.append(' ');
            }
            text.append(word.text());
        }
        return text.toString();
    }
}
