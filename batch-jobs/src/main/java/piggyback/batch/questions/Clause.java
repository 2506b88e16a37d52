package piggyback.batch.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A simple clause: who or what (the subject) and what is said of it, starting at its first verb
 * (the predicate). Enough to turn "Pip walked to the park" into "Where did Pip walk?".
 */
record Clause(List<Word> subject, List<Word> predicate) {

    private static final int LONGEST_SUBJECT = 6;
    private static final Set<String> PRESENT_PLURAL = Set.of("are", "am", "do", "have");
    private static final Set<String> PRESENT_SINGULAR = Set.of("is", "does", "has");

    Clause {
        subject = List.copyOf(subject);
        predicate = List.copyOf(predicate);
    }

    /** The clause in the words, if they make one: leading connectives and fronted phrases are dropped. */
    static Optional<Clause> parse(List<Word> words) {
        List<Word> rest = trimEnd(words);
        rest = dropLeadingPhrase(rest);
        int verb = -1;
        for (int i = 0; i < rest.size(); i++) {
            if (rest.get(i).isVerb()) {
                verb = i;
                break;
            }
        }
        if (verb < 1 || verb > LONGEST_SUBJECT) {
            return Optional.empty();
        }
        List<Word> subject = rest.subList(0, verb);
        boolean nominal = subject.stream().anyMatch(w -> w.is("NOUN", "PROPN", "PRON"));
        boolean plain = subject.stream().noneMatch(w -> w.is("PUNCT", "ADP", "SCONJ") || w.tag().contains("+"));
        if (!nominal || !plain || rest.get(verb).tag().contains("+")) {
            return Optional.empty();
        }
        return Optional.of(new Clause(subject, rest.subList(verb, rest.size())));
    }

    Word verb() {
        return predicate.get(0);
    }

    boolean subjectIsPronoun() {
        return subject.size() == 1 && subject.get(0).is("PRON");
    }

    /** The subject as it reads inside a question: "The pig" becomes "the pig"; names keep their capital. */
    String subjectText() {
        return Word.join(lowerFirst(subject));
    }

    String predicateText() {
        return Word.join(predicate);
    }

    /**
     * The question order of the first {@code length} predicate words, for a question word to
     * precede: "was Pip very happy", "did Pip walk", "had she lost her kite".
     */
    String inverted(int length, EnglishText english) {
        List<Word> words = predicate.subList(0, length);
        Word first = words.get(0);
        List<String> parts = new ArrayList<>();
        if (first.is("AUX")) {
            parts.add(first.lower());
            parts.add(subjectText());
            if (words.size() > 1) {
                parts.add(Word.join(words.subList(1, words.size())));
            }
        } else {
            parts.add(doSupport(first, english));
            parts.add(subjectText());
            parts.add(english.baseVerb(first));
            if (words.size() > 1) {
                parts.add(Word.join(words.subList(1, words.size())));
            }
        }
        return String.join(" ", parts);
    }

    /** do, does or did, agreeing with the clause's verb ("walked" → did, "walks" → does). */
    String doSupport(EnglishText english) {
        return doSupport(verb(), english);
    }

    private static String doSupport(Word verb, EnglishText english) {
        String surface = verb.lower();
        if (PRESENT_SINGULAR.contains(surface)) {
            return "does";
        }
        if (PRESENT_PLURAL.contains(surface)) {
            return "do";
        }
        String base = english.baseVerb(verb);
        if (surface.equals(base)) {
            return "do";
        }
        boolean thirdPerson = surface.equals(base + "s") || surface.equals(base + "es")
                || base.endsWith("y") && surface.equals(base.substring(0, base.length() - 1) + "ies");
        return thirdPerson ? "does" : "did";
    }

    private static List<Word> lowerFirst(List<Word> words) {
        Word first = words.get(0);
        if (first.is("PROPN") || first.text().equals("I")) {
            return words;
        }
        List<Word> lowered = new ArrayList<>(words);
        lowered.set(0, new Word(first.lower(), first.tag(), first.lemma()));
        return lowered;
    }

    private static List<Word> trimEnd(List<Word> words) {
        int end = words.size();
        while (end > 0 && words.get(end - 1).is("PUNCT")) {
            end--;
        }
        return words.subList(0, end);
    }

    /** Drops "Then", "And", "In the end," and the like from the front. */
    private static List<Word> dropLeadingPhrase(List<Word> words) {
        List<Word> rest = words;
        if (!rest.isEmpty() && rest.get(0).is("ADP", "ADV")) {
            // a fronted phrase without a verb of its own, up to its comma
            for (int i = 1; i < rest.size() && !rest.get(i).isVerb(); i++) {
                if (rest.get(i).text().equals(",")) {
                    rest = rest.subList(i + 1, rest.size());
                    break;
                }
            }
        }
        int start = 0;
        while (start < rest.size() && rest.get(start).is("ADV", "CCONJ", "INTJ", "PUNCT", "SCONJ", "PART")) {
            start++;
        }
        return rest.subList(start, rest.size());
    }
}
