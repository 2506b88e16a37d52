package piggyback.api.auth;

import java.util.Optional;
import java.util.UUID;
import java.util.function.BiPredicate;

import org.springframework.stereotype.Component;

import piggyback.storage.codes.PasswordHashing;

/**
 * A password against an account's stored hash, always at the cost of one PBKDF2 verification. With no
 * hash (an unknown id, an account without a password) or an empty password it verifies against a hash
 * of the same cost that nothing matches: otherwise an unknown id answers in a fraction of the time and
 * a timer lists the accounts.
 */
@Component
class PasswordCheck {

    /** Made like every stored hash (same algorithm and iterations) from a secret nobody knows. */
    static final String NO_ACCOUNT = PasswordHashing.hash(UUID.randomUUID().toString());

    private final BiPredicate<String, String> verify;

    PasswordCheck() {
        this(PasswordHashing::verify);
    }

    /** {@code verify(password, hash)}: the seam a test watches. */
    PasswordCheck(BiPredicate<String, String> verify) {
        this.verify = verify;
    }

    /** True when the password is not empty and matches the hash; costs one verification either way. */
    boolean matches(String password, Optional<String> hash) {
        String given = password == null ? "" : password;
        boolean verified = verify.test(given, hash.orElse(NO_ACCOUNT));
        return verified && hash.isPresent() && !given.isEmpty();
    }
}
