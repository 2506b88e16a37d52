package piggyback.api.kids.grading;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grades an answer to a "how many" question by its numbers, as a teacher hears them: spoken numbers of any size
 * and counting up ({@link NumberWords}), number words the recogniser mis-heard ("won", "to", "fore", "ate": the
 * closed class of number words matched by sound), a range or a hedge around the right number (almost), and the
 * digits of the number read apart ("five zero" for fifty, almost).
 */
final class NumberAnswer {

    /** The number words a mis-heard word is compared with, by sound. */
    private static final Map<String, Integer> SPOKEN = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10));
    private static final Pattern WORD = Pattern.compile("[a-z]+");
    private static final Pattern RANGE = Pattern.compile("\\b(\\d+) or (\\d+)\\b");
    private static final Pattern HEDGE = Pattern.compile("\\b(maybe|about|around|probably|perhaps|almost)\\b");
    /** A mis-heard number word is read only in a short answer, where it stands for the number. */
    private static final int MISHEARD_MAX_WORDS = 3;

    private NumberAnswer() {
    }

    /** The decision, or empty when the expected answer holds no number. */
    static Optional<Decision> grade(String expected, String answer) {
        Set<BigInteger> wanted = new LinkedHashSet<>(AnswerText.wordsToNumbers(NumberWords.toDigits(expected)));
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        String digits = NumberWords.toDigits(answer);
        List<BigInteger> said = AnswerText.wordsToNumbers(digits);
        if (said.isEmpty()) {
            said = misheard(answer);
        }
        if (said.isEmpty()) {
            return Optional.of(new Decision(Grade.WRONG, "Missing numeric answer"));
        }
        Matcher range = RANGE.matcher(digits);
        if (range.find()) {
            boolean holds = wanted.contains(new BigInteger(range.group(1)))
                    || wanted.contains(new BigInteger(range.group(2)));
            return holds ? Optional.of(new Decision(Grade.ALMOST, "Range holding the number"))
                    : Optional.of(new Decision(Grade.WRONG, "Numeric mismatch"));
        }
        Set<BigInteger> distinct = new LinkedHashSet<>(said);
        if (distinct.equals(wanted)) {
            return HEDGE.matcher(answer).find() ? Optional.of(new Decision(Grade.ALMOST, "Hedged number"))
                    : Optional.of(new Decision(Grade.CORRECT, "Numeric answer matched"));
        }
        if (readApart(said, wanted)) {
            return Optional.of(new Decision(Grade.ALMOST, "Digits of the number read apart"));
        }
        return Optional.of(new Decision(Grade.WRONG, "Numeric mismatch"));
    }

    /** "won", "to", "fore birds": number words the recogniser wrote as other words. */
    private static List<BigInteger> misheard(String answer) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(answer);
        while (word.find()) {
            if (!WordLists.FILLER_WORDS.contains(word.group())) {
                words.add(word.group());
            }
        }
        List<BigInteger> numbers = new ArrayList<>();
        if (words.size() > MISHEARD_MAX_WORDS) {
            return numbers;
        }
        for (String token : words) {
            SPOKEN.forEach((spoken, value) -> {
                if (numbers.isEmpty() && Phonetics.soundAlikeAnyStart(token, spoken)) {
                    numbers.add(BigInteger.valueOf(value));
                }
            });
        }
        return numbers;
    }

    /** "five zero" for 50: the single digits said, joined, are the number. */
    private static boolean readApart(List<BigInteger> said, Set<BigInteger> wanted) {
        if (said.size() < 2 || wanted.size() != 1) {
            return false;
        }
        StringBuilder joined = new StringBuilder();
        for (BigInteger number : said) {
            if (number.compareTo(BigInteger.TEN) >= 0) {
                return false;
            }
            joined.append(number);
        }
        return wanted.contains(new BigInteger(joined.toString()));
    }
}
