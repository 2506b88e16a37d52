package piggyback.storage.codes;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed lookup digest of an access code (HMAC-SHA256 with a server secret). Login is by the
 * code alone, so the code must be found without knowing its owner; a salted hash cannot be
 * searched, and an unkeyed one would let a leaked table be brute-forced offline.
 */
public final class CodeDigester {

    private final SecretKeySpec key;

    public CodeDigester(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("the access-code secret must not be empty");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String digest(String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(code.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
