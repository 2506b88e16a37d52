package piggyback.batch.questions;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.util.function.SingletonSupplier;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * English analysis for the offline generator, all from jars on the classpath: OpenNLP's UD
 * English models (sentences, tokens, tags, lemmas) and WordNet (verb base forms, and whether a
 * noun names a person or an animal). Loaded on first use, as it takes a few seconds; the models
 * are shared and each call makes its own (not thread-safe) OpenNLP tools.
 */
final class EnglishText {

    /** Capitalised words that name a time, not a character. */
    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "christmas", "easter");
    private static final Set<String> LIVING = Set.of("person", "animal");
    private static final int SENSES_CHECKED = 2;

    private final Supplier<Models> models = SingletonSupplier.of(EnglishText::load);

    private record Models(SentenceModel sentences, TokenizerModel tokens, POSModel tags, LemmatizerModel lemmas,
                          Dictionary wordNet) {
    }

    /** The text's sentences, each as tagged words. Names the tagger misses are tagged PROPN. */
    List<List<Word>> sentences(String text) {
        Models loaded = models.get();
        TokenizerME tokenizer = new TokenizerME(loaded.tokens());
        POSTaggerME tagger = new POSTaggerME(loaded.tags());
        LemmatizerME lemmatizer = new LemmatizerME(loaded.lemmas());
        List<List<Word>> sentences = new ArrayList<>();
        for (String sentence : new SentenceDetectorME(loaded.sentences()).sentDetect(text)) {
            String[] tokens = tokenizer.tokenize(sentence);
            String[] tags = tagger.tag(tokens);
            String[] lemmas = lemmatizer.lemmatize(tokens, tags);
            List<Word> words = new ArrayList<>();
            for (int i = 0; i < tokens.length; i++) {
                words.add(new Word(tokens[i], tags[i], lemmas[i]));
            }
            if (!words.isEmpty()) {
                sentences.add(words);
            }
        }
        return retagNames(sentences);
    }

    /** The base form of a verb ("smiled" → smile), from WordNet, else the tagger's lemma. */
    String baseVerb(Word verb) {
        Dictionary wordNet = models.get().wordNet();
        // WordNet's caches are not made for concurrent lookups (the questions step runs partitions in parallel)
        synchronized (wordNet) {
            try {
                IndexWord base = wordNet.getMorphologicalProcessor().lookupBaseForm(POS.VERB, verb.lower());
                return base != null ? base.getLemma() : verb.lemma();
            } catch (JWNLException e) {
                return verb.lemma();
            }
        }
    }

    /** Whether a noun names a person or an animal in one of its commonest senses. */
    boolean living(String noun) {
        Dictionary wordNet = models.get().wordNet();
        synchronized (wordNet) {
            return living(wordNet, noun);
        }
    }

    private static boolean living(Dictionary wordNet, String noun) {
        try {
            IndexWord word = wordNet.lookupIndexWord(POS.NOUN, noun.toLowerCase(Locale.ROOT));
            if (word == null) {
                return false;
            }
            List<Synset> senses = word.getSenses();
            for (int i = 0; i < Math.min(SENSES_CHECKED, senses.size()); i++) {
                if (descendsFrom(senses.get(i), LIVING)) {
                    return true;
                }
            }
            return false;
        } catch (JWNLException e) {
            return false;
        }
    }

    /** Whether a capitalised word is a name for a time (a day, a month), not for someone. */
    static boolean calendarWord(Word word) {
        return word.in(CALENDAR);
    }

    private static boolean descendsFrom(Synset sense, Set<String> ancestors) {
        Deque<Synset> queue = new ArrayDeque<>(List.of(sense));
        Set<Long> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            Synset synset = queue.poll();
            if (!seen.add(synset.getOffset())) {
                continue;
            }
            if (synset.getWords().stream().anyMatch(w -> ancestors.contains(w.getLemma()))) {
                return true;
            }
            for (Pointer pointer : synset.getPointers()) {
                if (pointer.getType() == PointerType.HYPERNYM || pointer.getType() == PointerType.INSTANCE_HYPERNYM) {
                    try {
                        queue.add(pointer.getTargetSynset());
                    } catch (JWNLException unreadable) {
                        // a broken pointer ends this path only
                    }
                }
            }
        }
        return false;
    }

    /**
     * The tagger often misses invented names ("Pip" comes back as an interjection, "Bella" as an
     * adjective). A word written with a capital inside a sentence is a name wherever it appears.
     */
    private static List<List<Word>> retagNames(List<List<Word>> sentences) {
        Set<String> names = new HashSet<>();
        for (List<Word> sentence : sentences) {
            for (int i = 1; i < sentence.size(); i++) {
                Word word = sentence.get(i);
                if (Character.isUpperCase(word.text().charAt(0)) && word.text().length() > 1
                        && !word.text().equals(word.text().toUpperCase(Locale.ROOT))
                        && word.text().chars().allMatch(Character::isLetter)) {
                    names.add(word.text());
                }
            }
        }
        List<List<Word>> retagged = new ArrayList<>();
        for (List<Word> sentence : sentences) {
            retagged.add(sentence.stream()
                    .map(word -> names.contains(word.text()) && !word.is("PROPN")
                            ? new Word(word.text(), "PROPN", word.lemma()) : word)
                    .toList());
        }
        return retagged;
    }

    private static Models load() {
        try {
            return new Models(model("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new),
                    model("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new),
                    model("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new),
                    model("opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin", LemmatizerModel::new),
                    Dictionary.getDefaultResourceInstance());
        } catch (IOException | JWNLException e) {
            throw new IllegalStateException("cannot load the English models from the classpath", e);
        }
    }

    private interface ModelReader<T> {
        T read(InputStream in) throws IOException;
    }

    /** A model from the opennlp-models-*-en jars (their resource names). */
    private static <T> T model(String name, ModelReader<T> reader) throws IOException {
        try (InputStream in = EnglishText.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("model " + name + " is not on the classpath");
            }
            return reader.read(in);
        }
    }
}
