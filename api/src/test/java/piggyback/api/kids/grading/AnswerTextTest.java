package piggyback.api.kids.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Spec §5.2–5.3's word lists and text helpers, and the reference's unit tests U7–U9 (§10.3). */
class AnswerTextTest {

    @Test
    void wordListsHaveTheReferenceSizes() {
        assertThat(WordLists.STOPWORDS).hasSize(47).contains("a", "ours", "your").doesNotContain("no", "not");
        assertThat(WordLists.FILLER_WORDS).containsExactlyInAnyOrder(
                "um", "uh", "like", "you know", "hmm", "well", "okay", "so");
        assertThat(WordLists.NUM_WORDS).hasSize(21).containsEntry("zero", 0).containsEntry("twenty", 20)
                .doesNotContainKey("thirty");
        assertThat(WordLists.SCALE_WORDS).containsOnlyKeys("hundred", "thousand", "million")
                .containsEntry("million", 1_000_000);
        assertThat(WordLists.SYNONYMS).hasSize(69).containsEntry("worried", "afraid").containsEntry("sissy", "sister")
                .containsEntry("kitties", "cat").containsEntry("ice cream", "sweet").containsEntry("film", "movie")
                .containsEntry("short", "small").containsEntry("nah", "no");
    }

    @Test
    void wordsToNumbersReadsDigitsThenNumberWords() {
        assertThat(AnswerText.wordsToNumbers("three thousand two hundred")).isEqualTo(numbers(3200));
        assertThat(AnswerText.wordsToNumbers("twenty-one dogs")).isEqualTo(numbers(21));
        assertThat(AnswerText.wordsToNumbers("a hundred")).isEqualTo(numbers(100));
        assertThat(AnswerText.wordsToNumbers("one two three")).isEqualTo(numbers(6));
        assertThat(AnswerText.wordsToNumbers("7 and seven")).isEqualTo(numbers(7, 7));
        assertThat(AnswerText.wordsToNumbers("I have 3 cats and 2 dogs")).isEqualTo(numbers(3, 2));
        assertThat(AnswerText.wordsToNumbers("Twenty five")).isEqualTo(numbers(25));
        assertThat(AnswerText.wordsToNumbers("two million three hundred thousand")).isEqualTo(numbers(2_300_000));
    }

    @Test
    void wordsToNumbersKeepsTheReferenceQuirks() {
        assertThat(AnswerText.wordsToNumbers("three, four")).isEqualTo(numbers(4));
        assertThat(AnswerText.wordsToNumbers("thirty")).isEmpty();
        assertThat(AnswerText.wordsToNumbers("")).isEmpty();
        // number words then digits: the digit runs come first
        assertThat(AnswerText.wordsToNumbers("five then 9")).isEqualTo(numbers(9, 5));
        // Python's \d is any Unicode decimal digit, and its ints do not overflow
        assertThat(AnswerText.wordsToNumbers("\u0663 cats")).isEqualTo(numbers(3));
        assertThat(AnswerText.wordsToNumbers("123456789012345678901234567890"))
                .containsExactly(new BigInteger("123456789012345678901234567890"));
        assertThat(AnswerText.wordsToNumbers("hundred ".repeat(12)))
                .containsExactly(BigInteger.TEN.pow(24));
    }

    @Test
    void normalizeTextDropsStopwordsAndMapsSynonyms() {
        assertThat(AnswerText.normalizeText("the big dog")).isEqualTo("big dog");
        assertThat(AnswerText.normalizeText("scared")).isEqualTo("afraid");
        assertThat(AnswerText.normalizeText("")).isEmpty();
        assertThat(AnswerText.normalizeText("The Mother")).isEqualTo("mother");
        assertThat(AnswerText.normalizeText("three big puppies")).isEqualTo("big dog");
        // "you know" is one entry, so "know" stays; the apostrophe splits "it's"; digits are dropped
        assertThat(AnswerText.normalizeText("you know, it's fun 42")).isEqualTo("know s happy");
        assertThat(AnswerText.normalizeText("café")).isEqualTo("caf");
    }

    @Test
    void prepareAppendsTheDistinctNumbersInOrder() {
        assertThat(AnswerText.prepare("twenty-one dogs")).isEqualTo("dogs 21");
        assertThat(AnswerText.prepare("I have 3 cats and 2 dogs")).isEqualTo("have cats dogs 2 3");
        assertThat(AnswerText.prepare("a hundred")).isEqualTo("100");
        assertThat(AnswerText.prepare("7 and seven")).isEqualTo("7");
        assertThat(AnswerText.prepare("10 or 9")).isEqualTo("or 9 10");
        assertThat(AnswerText.prepare("the")).isEmpty();
        assertThat(AnswerText.prepare("")).isEmpty();
    }

    private static List<BigInteger> numbers(long... values) {
        return Arrays.stream(values).mapToObj(BigInteger::valueOf).toList();
    }
}
