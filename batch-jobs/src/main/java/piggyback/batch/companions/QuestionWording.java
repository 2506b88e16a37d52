package piggyback.batch.companions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Word-level surgery on a question for the companion templates: its core without the question
 * mark, word counts, and shortening that drops the least important words first (a trailing
 * "because/when …" clause, then trailing place or time phrases, then articles and intensifiers).
 */
final class QuestionWording {

    static final Set<String> QUESTION_WORDS = Set.of("who", "what", "where", "when", "why", "how", "which", "whose");
    private static final Set<String> STARTERS = Set.of("who", "what", "where", "when", "why", "how", "which",
            "whose", "did", "do", "does", "is", "are", "was", "were", "can", "could", "will", "would", "should",
            "has", "have", "had");
    private static final Set<String> CLAUSE_STARTS = Set.of("because", "when", "while", "after", "before", "until",
            "if", "although", "since");
    private static final Set<String> PREPOSITIONS = Set.of("in", "at", "on", "to", "into", "under", "near",
            "inside", "outside", "through", "behind", "across", "over", "around", "onto", "beside", "by", "along",
            "toward", "towards", "above", "below", "between", "from", "with", "for", "of", "during", "about");
    private static final Set<String> FILLERS = Set.of("a", "an", "the", "very", "really", "so", "just", "little",
            "some", "quite", "all");
    private static final List<String> LEADING_FILLERS = List.of("can you tell me", "can you remember",
            "do you know", "tell me", "please");

    private QuestionWording() {
    }

    /** The question's words without the final punctuation: "Who ran home?" → [Who, ran, home]. */
    static List<String> core(String question) {
        String text = question.strip().replaceAll("[?!.\\s]+$", "").replaceAll("\\s+", " ");
        return text.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(text.split(" ")));
    }

    /** Words that carry letters or digits (punctuation alone is not a word). */
    static int count(String text) {
        return (int) Arrays.stream(text.strip().split("\\s+")).filter(w -> w.chars().anyMatch(Character::isLetterOrDigit))
                .count();
    }

    /** At most {@code limit} words, dropping what matters least first. */
    static List<String> shorten(List<String> words, int limit) {
        List<String> kept = new ArrayList<>(words);
        if (kept.size() <= limit) {
            return kept;
        }
        kept = withoutDoYouThink(kept);
        for (int i = 2; i < kept.size(); i++) {
            String word = kept.get(i);
            if (word.endsWith(",") || CLAUSE_STARTS.contains(bare(word))) {
                kept = new ArrayList<>(kept.subList(0, word.endsWith(",") ? i + 1 : i));
                break;
            }
        }
        while (kept.size() > limit) {
            int cut = -1;
            for (int i = kept.size() - 1; i >= 2; i--) {
                if (PREPOSITIONS.contains(bare(kept.get(i)))) {
                    cut = i;
                    break;
                }
            }
            if (cut < 0) {
                break;
            }
            kept = new ArrayList<>(kept.subList(0, cut));
        }
        if (kept.size() > limit) {
            List<String> plain = new ArrayList<>(kept.subList(0, 1));
            kept.subList(1, kept.size()).stream().filter(w -> !FILLERS.contains(bare(w))).forEach(plain::add);
            kept = plain;
        }
        if (kept.size() > limit) {
            kept = new ArrayList<>(kept.subList(0, limit));
        }
        int last = kept.size() - 1;
        kept.set(last, kept.get(last).replaceAll("[,;:]+$", ""));
        return kept;
    }

    /**
     * "What do you think will happen?" → "What will happen?"; "What do you think Pip will do?" →
     * "What will Pip do?": the same question, three words shorter.
     */
    private static List<String> withoutDoYouThink(List<String> words) {
        if (words.size() < 5 || !QUESTION_WORDS.contains(bare(words.get(0)))
                || !String.join(" ", words.subList(1, 4)).equalsIgnoreCase("do you think")) {
            return words;
        }
        List<String> rest = words.subList(4, words.size());
        int will = rest.stream().map(QuestionWording::bare).toList().indexOf("will");
        if (will < 0) {
            return words;
        }
        List<String> question = new ArrayList<>(List.of(words.get(0), rest.get(will)));
        question.addAll(rest.subList(0, will));
        question.addAll(rest.subList(will + 1, rest.size()));
        return question;
    }

    /** Drops "Can you tell me", "Please" … from the front: the alligator has no time for them. */
    static List<String> withoutLeadingFiller(List<String> words) {
        String text = String.join(" ", words).toLowerCase(Locale.ROOT);
        for (String filler : LEADING_FILLERS) {
            if (text.startsWith(filler + " ") || text.startsWith(filler + ", ")) {
                int drop = filler.split(" ").length;
                List<String> rest = new ArrayList<>(words.subList(drop, words.size()));
                if (!rest.isEmpty()) {
                    return rest;
                }
            }
        }
        return words;
    }

    /** The first word lower-cased when it is a question word or an auxiliary (names keep their capital). */
    static List<String> lowerFirst(List<String> words) {
        List<String> result = new ArrayList<>(words);
        if (!result.isEmpty() && STARTERS.contains(bare(result.get(0)))) {
            result.set(0, result.get(0).toLowerCase(Locale.ROOT));
        }
        return result;
    }

    static List<String> capitalFirst(List<String> words) {
        List<String> result = new ArrayList<>(words);
        if (!result.isEmpty() && !result.get(0).isEmpty()) {
            String first = result.get(0);
            result.set(0, Character.toUpperCase(first.charAt(0)) + first.substring(1));
        }
        return result;
    }

    /** A word written all in capitals (two letters or more), as the pig stresses words. */
    static boolean shouted(String word) {
        String letters = word.replaceAll("[^\\p{L}]", "");
        return letters.length() >= 2 && letters.equals(letters.toUpperCase(Locale.ROOT))
                && !letters.equals(letters.toLowerCase(Locale.ROOT));
    }

    static String bare(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}']", "");
    }
}
