package piggyback.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A secret of the quick start: taken from an environment variable when set, else made once and
 * kept in a file readable by its owner only, so that it stays the same across restarts (the code
 * secret must: changing it makes every access code unusable).
 */
record LocalSecret(String value, String source) {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** {@code source} says where the value came from, for the banner. */
    static LocalSecret resolve(String environmentVariable, Path file, int randomBytes) {
        String fromEnvironment = System.getenv(environmentVariable);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return new LocalSecret(fromEnvironment, "from " + environmentVariable);
        }
        try {
            if (!Files.exists(file)) {
                create(file, randomBytes);
            }
            String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (kept.isEmpty()) {
                throw new IllegalStateException(file + " is empty: delete it to have a new secret made");
            }
            return new LocalSecret(kept, "kept in " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write " + file, e);
        }
    }

    private static void create(Path file, int randomBytes) throws IOException {
        byte[] bytes = new byte[randomBytes];
        RANDOM.nextBytes(bytes);
        // URL-safe letters only: easy to type and to paste into a shell
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
            // created with mode 600 from the start, never readable by others even for a moment
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException e) {
            return; // another start made it meanwhile; use that one
        }
        Files.writeString(file, value + "\n", StandardCharsets.UTF_8);
    }
}
