package piggyback.api.kids.grading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Spec §5.3's list helpers: items, matches, and how many items a question asks for. */
class ListItemsTest {

    @Test
    void extractsItemsOnlyFromCommaSeparatedAnswers() {
        assertThat(ListItems.extractItems("red, blue, and green")).containsExactly("red", "blue", "green");
        assertThat(ListItems.extractItems("a dog called rex, a cat")).containsExactly("rex", "cat");
        assertThat(ListItems.extractItems("cats and dogs")).isEmpty();
        assertThat(ListItems.extractItems("red AND blue, green")).containsExactly("red", "blue", "green");
        // the last three normalised words of a long part; parts that normalise to nothing are dropped
        assertThat(ListItems.extractItems("the big fluffy white dog, the, cat"))
                .containsExactly("fluffy white dog", "cat");
        // "called" must start a word
        assertThat(ListItems.extractItems("recalled bob, ann")).containsExactly("recalled bob", "ann");
    }

    @Test
    void countsDistinctMatchedItems() {
        assertThat(ListItems.listMatch("red, blue, and green", "red and blue")).isEqualTo(new ListItems.ListMatch(2, 3));
        // "green" ≈ "red" at 66.7 ≥ 60, a near miss the reference accepts
        assertThat(ListItems.listMatch("red, blue, and green", "red")).isEqualTo(new ListItems.ListMatch(2, 3));
        // "blue" ≈ "purple" through the suffix "le", 66.7
        assertThat(ListItems.listMatch("red, blue, and green", "purple")).isEqualTo(new ListItems.ListMatch(1, 3));
        assertThat(ListItems.listMatch("cat, cat, dog", "a cat")).isEqualTo(new ListItems.ListMatch(1, 3));
        assertThat(ListItems.listMatch("no comma here", "here")).isEqualTo(new ListItems.ListMatch(0, 0));
    }

    @Test
    void requiredItemsReadsTheQuestionBySubstrings() {
        assertThat(ListItems.requiredItems("name two colors", "red, blue, and green")).isEqualTo(2);
        assertThat(ListItems.requiredItems("what colors", "red, blue, and green")).isEqualTo(3);
        assertThat(ListItems.requiredItems("", "red, blue, and green")).isEqualTo(3);
        assertThat(ListItems.requiredItems("name five", "red, blue")).isEqualTo(2);
        // "someone" holds "one"; "and" splits inside words ("candy" → "c", "y"; "sandwich" → " s", "wich")
        assertThat(ListItems.requiredItems("can someone name them", "red, blue, and green")).isEqualTo(1);
        assertThat(ListItems.requiredItems("", "candy, sandwich")).isEqualTo(4);
    }
}
