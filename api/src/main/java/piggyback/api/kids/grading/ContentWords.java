package piggyback.api.kids.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The words of an answer that carry its meaning, and when two of them are the same word as a child said it:
 * the same spelling, base form or canonical synonym ({@link Lexicon}), nearly the same spelling (a recogniser's
 * "giraf"), the same sound ({@link Phonetics}), or two words the recogniser split ("for rest" for "forest").
 */
final class ContentWords {

    private static final Pattern WORD = Pattern.compile("[a-z]+");
    /** Words that say nothing about the answer's content: hedges, modals, contractions, yes and no, negators. */
    private static final Set<String> LIGHT = Set.of("yes", "yeah", "yep", "yup", "no", "nope", "nah", "not", "t",
            "s", "will", "would", "can", "could", "should", "very", "really", "too", "just", "think", "maybe",
            "because", "cause", "hes", "shes", "its", "thats", "theyre", "im", "got", "get", "gets", "all", "some",
            "going", "gonna", "has", "had", "have", "him", "they", "guess", "kinda", "probably", "perhaps",
            "dont", "didnt", "doesnt", "isnt", "wasnt", "wont", "cant", "then", "what", "who", "which", "where",
            "when", "why", "how", "named", "called", "mr", "mister", "mrs", "ms", "up", "out", "away", "down");
    /** "kind of sad": a hedge, not the word "kind". */
    private static final Pattern HEDGE = Pattern.compile("\\b(kind|sort) of\\b");
    /** Enough word pairs for every answer of a busy day; an entry is two short words. */
    private static final Cache<String, Boolean> SAME = Caffeine.newBuilder().maximumSize(100_000).build();
    /** Below this length a spelling near-miss is another word ("cat" and "cap"), so only sound counts. */
    private static final int FUZZY_MIN_LENGTH = 4;

    private ContentWords() {
    }

    /** The content words of the text, in order. */
    static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(HEDGE.matcher(text).replaceAll(" "));
        while (word.find()) {
            String token = word.group();
            if (!WordLists.STOPWORDS.contains(token) && !WordLists.FILLER_WORDS.contains(token)
                    && !LIGHT.contains(token)) {
                words.add(token);
            }
        }
        return words;
    }

    /**
     * Whether the child's word is the expected word as a recogniser might have written it. A near spelling counts
     * only when one of the two is no English word ("elefant"): "baker" and "baked" are two words. Remembered: a
     * class says the same few words, and comparing two costs stems, fuzzy scores and phonetic codes.
     */
    static boolean same(Lexicon lexicon, String said, String expected) {
        if (said.equals(expected)) {
            return true;
        }
        return SAME.get(said + ' ' + expected, pair -> compare(lexicon, said, expected));
    }

    private static boolean compare(Lexicon lexicon, String said, String expected) {
        if (lexicon.same(lexicon.forms(said), lexicon.forms(expected))) {
            return true;
        }
        if (said.length() >= FUZZY_MIN_LENGTH && expected.length() >= FUZZY_MIN_LENGTH
                && FuzzyScores.ratio(said, expected) >= 80
                && !(Kinds.wordNet().isWord(said) && Kinds.wordNet().isWord(expected))) {
            return true;
        }
        return Phonetics.soundAlike(said, expected);
    }

    /** The index of the answer word (or of the first of two run together) that says the expected word, or -1. */
    static int find(Lexicon lexicon, List<String> answer, String expected) {
        for (int i = 0; i < answer.size(); i++) {
            if (same(lexicon, answer.get(i), expected)
                    || i + 1 < answer.size() && same(lexicon, answer.get(i) + answer.get(i + 1), expected)) {
                return i;
            }
        }
        return -1;
    }
}
