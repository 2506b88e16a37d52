package piggyback.storage.codes;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Passwords and access codes as {@code pbkdf2_sha256$<iterations>$<salt_hex>$<digest_hex>}
 * (docs/decisions/0018-access-codes.md): PBKDF2-HMAC-SHA256, 16-byte salt, 32-byte digest; hashes made by the reference
 * verify here unchanged.
 */
public final class PasswordHashing {

    static final String ALGORITHM = "pbkdf2_sha256";
    static final int ITERATIONS = 120_000;
    private static final int SALT_BYTES = 16;
    private static final int DIGEST_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private PasswordHashing() {
    }

    public static String hash(String secret) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return format(ITERATIONS, salt, derive(secret, salt, ITERATIONS));
    }

    /** True when {@code secret} matches; a malformed or foreign hash simply does not match. */
    public static boolean verify(String secret, String stored) {
        if (secret == null || stored == null) {
            return false;
        }
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = HEX.parseHex(parts[2]);
            byte[] expected = HEX.parseHex(parts[3]);
            if (iterations <= 0 || expected.length == 0) {
                return false;
            }
            return MessageDigest.isEqual(expected, derive(secret, salt, iterations, expected.length * 8));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    static String format(int iterations, byte[] salt, byte[] digest) {
        return ALGORITHM + "$" + iterations + "$" + HEX.formatHex(salt) + "$" + HEX.formatHex(digest);
    }

    private static byte[] derive(String secret, byte[] salt, int iterations) {
        return derive(secret, salt, iterations, DIGEST_BITS);
    }

    private static byte[] derive(String secret, byte[] salt, int iterations, int bits) {
        try {
            PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), salt, iterations, bits);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        }
    }
}
