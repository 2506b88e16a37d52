package piggyback.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalSecretTest {

    // a variable nobody sets, so the value comes from the file
    private static final String UNSET = "PIGGYBACK_OPS_TEST_NEVER_SET";

    @TempDir
    Path folder;

    @Test
    void makesTheSecretOnceReadableByItsOwnerOnlyAndKeepsIt() throws Exception {
        Path file = folder.resolve("data").resolve("admin-password.txt");

        LocalSecret first = LocalSecret.resolve(UNSET, file, 12);
        LocalSecret second = LocalSecret.resolve(UNSET, file, 12);

        assertThat(first.value()).hasSize(16).matches("[A-Za-z0-9_-]+");
        assertThat(second.value()).isEqualTo(first.value());
        assertThat(first.source()).isEqualTo("kept in " + file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void anEnvironmentVariableWins() {
        // PATH is set in every environment the tests run in
        LocalSecret secret = LocalSecret.resolve("PATH", folder.resolve("unused.txt"), 12);

        assertThat(secret.value()).isEqualTo(System.getenv("PATH"));
        assertThat(secret.source()).isEqualTo("from PATH");
        assertThat(folder.resolve("unused.txt")).doesNotExist();
    }
}
