package piggyback.storage.codes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    @Test
    void aHashIsNotThePlainSecretAndHasTheReferenceFormat() {
        String hash = PasswordHashing.hash("mysecret");

        assertThat(hash).isNotEqualTo("mysecret")
                .matches("pbkdf2_sha256\\$120000\\$[0-9a-f]{32}\\$[0-9a-f]{64}");
    }

    @Test
    void theRightSecretVerifiesAndAWrongOneDoesNot() {
        String hash = PasswordHashing.hash("mysecret");

        assertThat(PasswordHashing.verify("mysecret", hash)).isTrue();
        assertThat(PasswordHashing.verify("wrongpassword", hash)).isFalse();
    }

    @Test
    void aHashMadeByThePythonReferenceVerifies() {
        // hashlib.pbkdf2_hmac('sha256', b'password123', bytes(range(16)), 120000)
        String python = "pbkdf2_sha256$120000$000102030405060708090a0b0c0d0e0f"
                + "$5880cd94433fa7a548f03d21dbac6406b44940b8065eb7b5b8154a7245f7542c";

        assertThat(PasswordHashing.verify("password123", python)).isTrue();
        assertThat(PasswordHashing.verify("password124", python)).isFalse();
    }

    @Test
    void malformedOrForeignHashesNeverVerify() {
        assertThat(PasswordHashing.verify("x", "bcrypt$12$abc$def")).isFalse();
        assertThat(PasswordHashing.verify("x", "pbkdf2_sha256$notanumber$00$00")).isFalse();
        assertThat(PasswordHashing.verify("x", "pbkdf2_sha256$1000$zz$00")).isFalse();
        assertThat(PasswordHashing.verify("x", "")).isFalse();
        assertThat(PasswordHashing.verify(null, PasswordHashing.hash("x"))).isFalse();
    }
}
