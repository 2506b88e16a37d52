package piggyback.api.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import piggyback.api.web.ApiException;

/** The reference's icon unit tests (U21, U23, U24, U29) and docs/decisions/0004-optional-child-fields.md. */
class ChildRulesTest {

    @Test
    void theSeventeenCharacterIconsTheAnimalsAndTheAlligatorAreValid() {
        assertThat(ChildRules.ICON_KEYS).contains("simba", "nemo", "walle", "moana", "elsa", "spiderman", "mickey",
                "pooh", "chase", "spongebob", "turtle", "bluey", "hellokitty", "mlp", "peppa", "mario", "dino",
                "pig", "fox", "owl", "cat", "bear", "rabbit", "lion", "penguin", "alligator");
        assertThat(ChildRules.ICON_KEYS).hasSize(26).doesNotHaveDuplicates();
    }

    @Test
    void iconKeysAreLowerCasedAndTrimmedAndUnknownOnesRefused() {
        assertThat(ChildRules.iconKey("PIG")).isEqualTo("pig");
        assertThat(ChildRules.iconKey(" Fox ")).isEqualTo("fox");
        assertThatThrownBy(() -> ChildRules.iconKey("dragon")).isInstanceOf(ApiException.class)
                .hasMessage("icon_key is invalid");
        assertThatThrownBy(() -> ChildRules.iconKey("unicorn")).hasMessage("icon_key is invalid");
    }

    @Test
    void onlyTheThreeInteractionModesAreAccepted() {
        assertThat(ChildRules.interactionMode(" Strict")).isEqualTo("strict");
        assertThat(ChildRules.interactionMode("passive")).isEqualTo("passive");
        assertThatThrownBy(() -> ChildRules.interactionMode("weird")).hasMessage("interaction_mode is invalid");
    }
}
