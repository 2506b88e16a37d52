package piggyback.api.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * ADMIN_PASSWORD, compared exactly and in constant time (the reference ignored case and
 * spaces, and leaked timing). In the {@code prod} profile the app will not start without a
 * real password.
 */
@Component
public class AdminPassword {

    static final String DEVELOPMENT_DEFAULT = "admin123";

    private final byte[] expected;

    AdminPassword(@Value("${piggyback.admin-password:}") String password, Environment environment) {
        if (environment.acceptsProfiles(Profiles.of("prod"))
                && (password == null || password.isBlank() || DEVELOPMENT_DEFAULT.equals(password))) {
            throw new IllegalStateException("ADMIN_PASSWORD must be set to a real password in the prod profile");
        }
        this.expected = password == null ? new byte[0] : password.getBytes(StandardCharsets.UTF_8);
    }

    public boolean matches(String candidate) {
        if (candidate == null || expected.length == 0) {
            return false;
        }
        return MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.UTF_8));
    }
}
