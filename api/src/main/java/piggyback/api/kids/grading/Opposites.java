package piggyback.api.kids.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds answers that say the opposite of the expected one, which the fuzzy scores cannot see (docs/decisions/0012):
 * "not hungry" contains "hungry", and the reference's synonym list turns "sad" into "unhappy", which contains
 * "happy". Each content word is read with its polarity (after "not", "didnt", "no shoes"… up to a "but"); the
 * same word with the other polarity, or an antonym with the same polarity, contradicts; an antonym with the other
 * polarity ("not sad" for "happy") agrees.
 */
final class Opposites {

    private static final Pattern WORD = Pattern.compile("[a-z]+");
    /** Negations as a recogniser writes them: apostrophes dropped ("didnt") or split off ("didn", "t"). */
    private static final Set<String> NEGATORS = Set.of("not", "never", "cannot", "nothing", "nobody", "neither",
            "nor", "dont", "doesnt", "didnt", "isnt", "wasnt", "arent", "werent", "cant", "wont", "couldnt",
            "wouldnt", "shouldnt", "hasnt", "havent", "hadnt", "aint", "don", "doesn", "didn", "isn", "wasn", "aren",
            "weren", "couldn", "wouldn", "shouldn", "hasn", "haven", "hadn");
    /** Words that carry no content of their own here: answers to yes/no questions, modals, hedges. */
    private static final Set<String> LIGHT = Set.of("yes", "yeah", "yep", "yup", "no", "nope", "nah", "t", "s",
            "will", "would", "can", "could", "should", "very", "really", "too", "just", "think", "maybe", "because",
            "hes", "shes", "its", "thats", "theyre", "im", "got", "get", "gets", "all", "some", "out", "up");

    private final Lexicon lexicon;

    Opposites(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** What was found, and the two words it was found between. */
    record Finding(Kind kind, String expectedWord, String answerWord) {

        enum Kind {
            /** The expected word, negated ("not hungry" for "hungry"): wrong. */
            NEGATED,
            /** An antonym of the expected word ("sad" for "happy"): wrong. */
            OPPOSITE,
            /** A negated antonym ("not sad" for "happy"): correct. */
            NEGATED_OPPOSITE
        }
    }

    /**
     * @param negation whether to look for negated words (and negated antonyms, when antonyms is on too)
     * @param antonyms whether to look for antonyms
     */
    Optional<Finding> find(String expected, String answer, boolean negation, boolean antonyms) {
        List<Meaning> expectedWords = meanings(expected);
        List<Meaning> answerWords = meanings(answer);
        Finding agreement = null;
        for (Meaning e : expectedWords) {
            boolean echoed = answerWords.stream().anyMatch(a -> lexicon.same(a.forms, e.forms));
            for (Meaning a : answerWords) {
                if (lexicon.same(a.forms, e.forms)) {
                    if (negation && a.negated != e.negated) {
                        return Optional.of(new Finding(Finding.Kind.NEGATED, e.word, a.word));
                    }
                } else if (antonyms && !echoed && !echoedIn(a, expectedWords) && lexicon.opposite(a.forms, e.forms)) {
                    if (a.negated == e.negated) {
                        return Optional.of(new Finding(Finding.Kind.OPPOSITE, e.word, a.word));
                    }
                    if (negation) {
                        agreement = new Finding(Finding.Kind.NEGATED_OPPOSITE, e.word, a.word);
                    }
                }
            }
        }
        return Optional.ofNullable(agreement);
    }

    /** Whether the answer's word is one of the expected words, so it is not taken as an antonym of another. */
    private boolean echoedIn(Meaning answerWord, List<Meaning> expectedWords) {
        return expectedWords.stream().anyMatch(e -> lexicon.same(e.forms, answerWord.forms));
    }

    private List<Meaning> meanings(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            tokens.add(word.group());
        }
        List<Meaning> meanings = new ArrayList<>();
        boolean negated = false;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (token.equals("but")) {
                negated = false;
            } else if (NEGATORS.contains(token) || token.equals("no") && i + 1 < tokens.size()
                    && isContent(tokens.get(i + 1))) {
                negated = true;
            } else if (isContent(token)) {
                meanings.add(new Meaning(token, lexicon.forms(token), negated));
            }
        }
        return meanings;
    }

    private static boolean isContent(String token) {
        return !WordLists.isDropped(token) && !NEGATORS.contains(token) && !LIGHT.contains(token);
    }

    private record Meaning(String word, Set<String> forms, boolean negated) {
    }
}
