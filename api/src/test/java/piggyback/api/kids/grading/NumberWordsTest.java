package piggyback.api.kids.grading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spoken numbers as digits (spec §12.3-9: tens above twenty, adjacent number words). */
class NumberWordsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            thirty                                           | 30
            forty two balloons                               | 42 balloons
            twenty-five                                      | 25
            one hundred and five                             | 105
            a hundred and five pages                         | a 105 pages
            three thousand two hundred                       | 3200
            one two three                                    | 3
            one two three four five six seven eight nine ten | 10
            two three                                        | 2 3
            two four six                                     | 2 4 6
            five zero                                        | 5 0
            twenty thirty                                    | 20 30
            seven and seven                                  | 7 and 7
            i have 3 cats and two dogs                       | i have 3 cats and 2 dogs
            "one, two, three"                                | "1, 2, 3"
            the red one                                      | the red 1
            hundred and hundred                              | 100 and 100
            no numbers here                                  | no numbers here
            """)
    void spokenNumbersBecomeDigits(String text, String digits) {
        assertThat(NumberWords.toDigits(text)).isEqualTo(digits);
    }
}
