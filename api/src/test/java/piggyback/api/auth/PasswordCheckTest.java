package piggyback.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import piggyback.storage.codes.PasswordHashing;

/** Every check costs one verification, and only a real hash can match. No timings: they are not asserted here. */
class PasswordCheckTest {

    private final List<String> verified = new ArrayList<>();

    @Test
    void withoutAHashItStillVerifiesOnceAgainstTheStandIn() {
        PasswordCheck check = new PasswordCheck((password, hash) -> verified.add(hash));

        boolean matched = check.matches("pw-123456", Optional.empty());

        assertThat(verified).containsExactly(PasswordCheck.NO_ACCOUNT);
        // even a verifier that says yes does not open an account that does not exist
        assertThat(matched).isFalse();
    }

    @Test
    void anEmptyOrMissingPasswordIsVerifiedButNeverMatches() {
        PasswordCheck check = new PasswordCheck((password, hash) -> verified.add(hash));

        assertThat(check.matches("", Optional.of("stored"))).isFalse();
        assertThat(check.matches(null, Optional.of("stored"))).isFalse();
        assertThat(verified).containsExactly("stored", "stored");
    }

    @Test
    void theStandInCostsWhatAStoredHashCosts() {
        String prefix = PasswordHashing.hash("anything").replaceAll("\\$[0-9a-f]+\\$[0-9a-f]+$", "");

        assertThat(PasswordCheck.NO_ACCOUNT).startsWith(prefix + "$");
        assertThat(new PasswordCheck().matches("anything", Optional.empty())).isFalse();
    }

    @Test
    void theRightPasswordMatchesItsHash() {
        String hash = PasswordHashing.hash("pw-123456");

        assertThat(new PasswordCheck().matches("pw-123456", Optional.of(hash))).isTrue();
        assertThat(new PasswordCheck().matches("pw-654321", Optional.of(hash))).isFalse();
    }
}
