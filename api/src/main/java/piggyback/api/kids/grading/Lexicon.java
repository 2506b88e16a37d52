package piggyback.api.kids.grading;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * What the grader knows about English words beyond the reference's lists: WordNet 3.1's antonym pairs and
 * irregular forms ({@code grading/*.tsv}, made by WordNetListsTest), and the base forms of a word, so that
 * "barked" meets "bark" and "won" meets "win".
 */
final class Lexicon {

    private static final Lexicon WORDNET = new Lexicon(load("antonyms.tsv"), load("irregular-forms.tsv"));

    private final Map<String, Set<String>> antonyms = new HashMap<>();
    private final Map<String, Set<String>> lemmas = new HashMap<>();
    private final Cache<String, Set<String>> forms = Caffeine.newBuilder().maximumSize(100_000).build();

    private Lexicon(Map<String, Set<String>> antonymPairs, Map<String, Set<String>> irregularForms) {
        antonymPairs.forEach((word, opposites) -> opposites.forEach(opposite -> {
            antonyms.computeIfAbsent(word, w -> new HashSet<>()).add(opposite);
            antonyms.computeIfAbsent(opposite, w -> new HashSet<>()).add(word);
        }));
        lemmas.putAll(irregularForms);
    }

    static Lexicon wordNet() {
        return WORDNET;
    }

    /**
     * The word, its canonical synonym (the reference's list), its irregular lemma and what undoing a suffix
     * leaves. Remembered, as every rule asks for the forms of the same few words.
     */
    Set<String> forms(String word) {
        return forms.get(word, this::formsOf);
    }

    private Set<String> formsOf(String word) {
        Set<String> forms = new LinkedHashSet<>(4);
        forms.add(word);
        forms.add(WordLists.SYNONYMS.getOrDefault(word, word));
        forms.addAll(lemmas.getOrDefault(word, Set.of()));
        addStem(forms, word, "ing", "");
        addStem(forms, word, "ing", "e");
        addStem(forms, word, "ed", "");
        addStem(forms, word, "ed", "e");
        addStem(forms, word, "es", "");
        addStem(forms, word, "s", "");
        return Set.copyOf(forms);
    }

    /** A verb's past or -ing form: an irregular form ("won") or a regular suffix ("appeared", "spinning"). */
    boolean inflected(String word) {
        return lemmas.containsKey(word) || word.length() > 4 && (word.endsWith("ed") || word.endsWith("ing"));
    }

    /** "popped" → "pop" as well as "popp": a doubled consonant before the suffix is undone too. */
    private static void addStem(Set<String> forms, String word, String suffix, String ending) {
        if (word.length() - suffix.length() < 3 || !word.endsWith(suffix)) {
            return;
        }
        String stem = word.substring(0, word.length() - suffix.length());
        forms.add(stem + ending);
        int n = stem.length();
        if (ending.isEmpty() && stem.charAt(n - 1) == stem.charAt(n - 2)) {
            forms.add(stem.substring(0, n - 1));
        }
    }

    boolean same(Set<String> formsA, Set<String> formsB) {
        for (String form : formsA) {
            if (formsB.contains(form)) {
                return true;
            }
        }
        return false;
    }

    boolean opposite(Set<String> formsA, Set<String> formsB) {
        for (String form : formsA) {
            Set<String> opposites = antonyms.get(form);
            if (opposites != null) {
                for (String other : formsB) {
                    if (opposites.contains(other)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A two-column list: each first word with its second words. */
    private static Map<String, Set<String>> load(String name) {
        Map<String, Set<String>> pairs = new HashMap<>();
        try (InputStream in = Lexicon.class.getResourceAsStream("/grading/" + name)) {
            if (in == null) {
                throw new IllegalStateException("grading/" + name + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0) {
                    pairs.computeIfAbsent(line.substring(0, tab), w -> new HashSet<>()).add(line.substring(tab + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pairs;
    }
}
