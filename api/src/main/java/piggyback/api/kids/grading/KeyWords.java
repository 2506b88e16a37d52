package piggyback.api.kids.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How much of the expected answer's content the child said. The key words are the expected answer's content
 * words that the question does not already give away ("who won the game" → "the bear won": only "bear"); each is
 * said when an answer word is it as a recogniser wrote it ({@link ContentWords#same}), or in WordNet the same
 * sense or a kind of it ({@link Kinds}: "woods" for "forest", "poodle" for "dog").
 */
final class KeyWords {

    /** Verbs that carry little of an answer's meaning: "it started raining" says "raining". */
    private static final Set<String> LIGHT_VERBS = Set.of("go", "come", "start", "begin", "appear", "want", "try",
            "keep", "seem", "become", "went", "came", "began", "kept", "became");
    /** Pronouns that may stand for any missing subject, and those that stand only for a living one. */
    private static final Set<String> ANY_PRONOUN = Set.of("they", "them", "it");
    private static final Set<String> LIVING_PRONOUN = Set.of("he", "she", "him", "her");
    /** Words that open a phrase an answer may leave out ("for the winter"). */
    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "for", "with", "by", "from", "into",
            "under", "near", "during", "after", "before", "inside", "behind");

    private final List<String> asked;
    private final List<String> key;
    private final List<String> said;
    private final boolean[] keySaid;
    /** For each answer word, whether it said a key word. */
    private final boolean[] saidKey;
    /** The index of the action among the key words, -1 when unknown. */
    private final int verb;

    private KeyWords(List<String> asked, List<String> key, List<String> said, boolean[] keySaid, boolean[] saidKey,
                     int verb) {
        this.verb = verb;
        this.asked = asked;
        this.key = key;
        this.said = said;
        this.keySaid = keySaid;
        this.saidKey = saidKey;
    }

    static KeyWords of(Lexicon lexicon, Kinds kinds, String question, String expected, String answer) {
        List<String> asked = ContentWords.of(question);
        List<String> expectedWords = ContentWords.of(expected);
        List<String> key = new ArrayList<>();
        for (String word : expectedWords) {
            if (ContentWords.find(lexicon, asked, word) < 0) {
                key.add(word);
            }
        }
        if (key.isEmpty()) {
            key = expectedWords;
        }
        List<String> said = ContentWords.of(answer);
        boolean[] keySaid = new boolean[key.size()];
        boolean[] saidKey = new boolean[said.size()];
        for (int k = 0; k < key.size(); k++) {
            int at = ContentWords.find(lexicon, said, key.get(k));
            if (at >= 0) {
                keySaid[k] = true;
                saidKey[at] = true;
                if (at + 1 < said.size() && !ContentWords.same(lexicon, said.get(at), key.get(k))) {
                    saidKey[at + 1] = true; // two words run together
                }
                continue;
            }
            for (int s = 0; s < said.size() && !keySaid[k]; s++) {
                Kinds.Relation relation = kinds.relation(said.get(s), key.get(k));
                if (relation == Kinds.Relation.SAME || relation == Kinds.Relation.NARROWER) {
                    keySaid[k] = true;
                    saidKey[s] = true;
                }
            }
        }
        return new KeyWords(asked, key, said, keySaid, saidKey, verb(lexicon, expected, key));
    }

    /**
     * Where the action is among the key words: the first word after "will" ("the bear will go to sleep"), else the
     * first inflected one ("the turtle won", "a rainbow appeared"), else the first ("chase the ball").
     */
    private static int verb(Lexicon lexicon, String expected, List<String> key) {
        int will = expected.indexOf(" will ");
        if (will >= 0) {
            List<String> predicate = ContentWords.of(expected.substring(will));
            return predicate.isEmpty() ? -1 : key.indexOf(predicate.get(0));
        }
        for (int k = 0; k < key.size(); k++) {
            if (lexicon.inflected(key.get(k))) {
                return k;
            }
        }
        return key.isEmpty() ? -1 : 0;
    }

    List<String> key() {
        return key;
    }

    List<String> said() {
        return said;
    }

    boolean allSaid() {
        for (boolean saidIt : keySaid) {
            if (!saidIt) {
                return false;
            }
        }
        return !key.isEmpty();
    }

    boolean noneSaid() {
        for (boolean saidIt : keySaid) {
            if (saidIt) {
                return false;
            }
        }
        return true;
    }

    /** The action among the key words, if known. */
    Optional<String> verb() {
        return verb >= 0 ? Optional.of(key.get(verb)) : Optional.empty();
    }

    /** Whether the predicate's first key word, after "will" when there is one, was said: the action. */
    boolean verbSaid() {
        return verb >= 0 && keySaid[verb];
    }

    boolean lastSaid() {
        return !key.isEmpty() && keySaid[key.size() - 1];
    }

    /**
     * The key words not said that carry the answer. Left out are: a light verb ("started raining", "a rainbow
     * appeared"); a subject the answer names by a pronoun that agrees with it ("he will sleep" for "the bear will
     * go to sleep"; "he" and "she" only for a living thing, so "he was scared" does not stand for "the thunder");
     * a word of a prepositional phrase after a said word ("to sleep" for "to sleep for the winter"); an adjective
     * before a said word ("the dog" for "the lost dog"); and, for a cause, the effect once its cause is named
     * ("the thunder" for "the thunder scared him").
     */
    List<String> essentialMissing(Lexicon lexicon, Kinds kinds, QuestionForm form, List<String> expectedWords,
                                  List<String> answerWords) {
        List<String> essential = new ArrayList<>();
        for (int k = 0; k < key.size(); k++) {
            String word = key.get(k);
            if (keySaid[k] || lightVerb(lexicon, word)
                    || verb >= 0 && k < verb && standsFor(kinds, answerWords, word)
                    || k > 0 && keySaid[0] && inPhrase(expectedWords, word)
                    || k + 1 < key.size() && keySaid[k + 1] && kinds.isAdjective(word)
                            && before(expectedWords, word, key.get(k + 1))
                    || form == QuestionForm.CAUSE && k == verb && k > 0 && keySaid[k - 1]) {
                continue;
            }
            essential.add(word);
        }
        return essential;
    }

    /** Whether the word comes after a preposition in the expected answer ("for the winter"). */
    private static boolean inPhrase(List<String> expectedWords, String word) {
        int at = expectedWords.indexOf(word);
        for (int i = at - 1; i >= 0 && i >= at - 3; i--) {
            if (PREPOSITIONS.contains(expectedWords.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the first word comes straight before the second in the expected answer. */
    private static boolean before(List<String> expectedWords, String first, String second) {
        int at = expectedWords.indexOf(first);
        return at >= 0 && at + 1 < expectedWords.size() && expectedWords.get(at + 1).equals(second);
    }

    private static boolean lightVerb(Lexicon lexicon, String word) {
        for (String form : lexicon.forms(word)) {
            if (LIGHT_VERBS.contains(form)) {
                return true;
            }
        }
        return false;
    }

    private static boolean standsFor(Kinds kinds, List<String> answerWords, String noun) {
        for (String word : answerWords) {
            if (ANY_PRONOUN.contains(word)) {
                return true;
            }
            if (LIVING_PRONOUN.contains(word)
                    && (kinds.relation(noun, "organism") == Kinds.Relation.NARROWER
                    || kinds.relation(noun, "person") == Kinds.Relation.NARROWER)) {
                return true;
            }
        }
        return false;
    }

    /** The key words not said. */
    List<String> missing() {
        List<String> missing = new ArrayList<>();
        for (int k = 0; k < key.size(); k++) {
            if (!keySaid[k]) {
                missing.add(key.get(k));
            }
        }
        return missing;
    }

    /** The answer's words that said no key word and are not the question's own. */
    List<String> extra(Lexicon lexicon) {
        List<String> extra = new ArrayList<>();
        for (int s = 0; s < said.size(); s++) {
            if (!saidKey[s] && ContentWords.find(lexicon, asked, said.get(s)) < 0) {
                extra.add(said.get(s));
            }
        }
        return extra;
    }

    /** The question's words the answer did not repeat. */
    List<String> askedNotSaid(Lexicon lexicon) {
        List<String> notSaid = new ArrayList<>();
        for (String word : asked) {
            if (ContentWords.find(lexicon, said, word) < 0) {
                notSaid.add(word);
            }
        }
        return notSaid;
    }
}
