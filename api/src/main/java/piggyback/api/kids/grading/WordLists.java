package piggyback.api.kids.grading;

import java.util.Map;
import java.util.Set;

/**
 * The reference grader's word lists, unchanged (docs/decisions/0012). The two-word entries ("you know",
 * "ice cream") are kept although single tokens never match them, so the data stays the reference's.
 */
final class WordLists {

    static final Set<String> STOPWORDS = Set.of(
            "a", "am", "an", "and", "are", "at", "be", "been", "being", "by", "did", "do", "does", "done", "for",
            "from", "he", "her", "here", "his", "i", "in", "is", "it", "me", "my", "of", "on", "our", "ours", "she",
            "that", "the", "their", "them", "there", "these", "they", "this", "those", "to", "was", "we", "were",
            "with", "you", "your");

    static final Set<String> FILLER_WORDS = Set.of("um", "uh", "like", "you know", "hmm", "well", "okay", "so");

    /** No tens beyond twenty: "thirty" is not a number word (docs/decisions/0012). */
    static final Map<String, Integer> NUM_WORDS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20));

    static final Map<String, Integer> SCALE_WORDS = Map.of("hundred", 100, "thousand", 1000, "million", 1_000_000);

    static final Map<String, String> SYNONYMS = Map.ofEntries(
            // feelings
            Map.entry("scared", "afraid"), Map.entry("frightened", "afraid"), Map.entry("fearful", "afraid"),
            Map.entry("nervous", "afraid"), Map.entry("worried", "afraid"),
            Map.entry("sad", "unhappy"), Map.entry("crying", "unhappy"),
            Map.entry("mad", "angry"), Map.entry("upset", "angry"), Map.entry("annoyed", "angry"),
            Map.entry("happy", "happy"), Map.entry("glad", "happy"), Map.entry("joyful", "happy"),
            Map.entry("excited", "happy"), Map.entry("fun", "happy"), Map.entry("laughing", "happy"),
            Map.entry("smiling", "happy"),
            // family
            Map.entry("mom", "mother"), Map.entry("mommy", "mother"), Map.entry("dad", "father"),
            Map.entry("daddy", "father"), Map.entry("grandma", "grandmother"), Map.entry("grandpa", "grandfather"),
            Map.entry("bro", "brother"), Map.entry("sis", "sister"), Map.entry("sissy", "sister"),
            // animals
            Map.entry("puppy", "dog"), Map.entry("puppies", "dog"), Map.entry("kitten", "cat"),
            Map.entry("kitties", "cat"), Map.entry("bunny", "rabbit"), Map.entry("hare", "rabbit"),
            Map.entry("pony", "horse"),
            // food
            Map.entry("soda", "drink"), Map.entry("juice", "drink"), Map.entry("milk", "drink"),
            Map.entry("water", "drink"), Map.entry("snack", "food"), Map.entry("meal", "food"),
            Map.entry("candy", "sweet"), Map.entry("sweets", "sweet"), Map.entry("chocolate", "sweet"),
            Map.entry("cookie", "sweet"), Map.entry("icecream", "sweet"), Map.entry("ice cream", "sweet"),
            Map.entry("cake", "sweet"), Map.entry("pie", "sweet"),
            // vehicles and media
            Map.entry("automobile", "car"), Map.entry("truck", "car"), Map.entry("bus", "car"),
            Map.entry("bike", "bicycle"), Map.entry("tv", "television"), Map.entry("show", "movie"),
            Map.entry("cartoon", "movie"), Map.entry("film", "movie"),
            // size and speed
            Map.entry("large", "big"), Map.entry("huge", "big"), Map.entry("giant", "big"),
            Map.entry("enormous", "big"), Map.entry("little", "small"), Map.entry("tiny", "small"),
            Map.entry("short", "small"), Map.entry("quick", "fast"), Map.entry("speedy", "fast"),
            // yes and no
            Map.entry("yeah", "yes"), Map.entry("yep", "yes"), Map.entry("yup", "yes"),
            Map.entry("nope", "no"), Map.entry("nah", "no"));

    private WordLists() {
    }

    /** Whether {@code normalize_text} drops the token. */
    static boolean isDropped(String token) {
        return STOPWORDS.contains(token) || FILLER_WORDS.contains(token) || NUM_WORDS.containsKey(token)
                || SCALE_WORDS.containsKey(token);
    }
}
