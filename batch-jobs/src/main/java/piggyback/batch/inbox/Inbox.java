package piggyback.batch.inbox;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Locale;

/**
 * The inbox folder, with {@code processed/} and {@code failed/} beside the files waiting in it. A
 * file is moved with its sidecar ({@code name.json}); a failed one gets {@code name.reason.txt}.
 */
record Inbox(Path folder) {

    static final String SIDECAR = ".json";
    static final String REASON = ".reason.txt";

    static Inbox at(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        Files.createDirectories(absolute.resolve("processed"));
        Files.createDirectories(absolute.resolve("failed"));
        return new Inbox(absolute);
    }

    /** The file's name without its extension: what its sidecar and reason are named after. */
    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static Path sidecar(Path file) {
        return file.resolveSibling(stem(file) + SIDECAR);
    }

    /** Whether a name is one the inbox writes or reads beside a video (never a video itself). */
    static boolean isCompanionFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(SIDECAR) || lower.endsWith(REASON);
    }

    void processed(Path file) throws IOException {
        moveWithSidecar(file, folder.resolve("processed"));
    }

    void failed(Path file, String reason) throws IOException {
        Path target = moveWithSidecar(file, folder.resolve("failed"));
        Files.writeString(target.resolveSibling(stem(target) + REASON), reason + System.lineSeparator());
    }

    /** Moves the file (and its sidecar) into the folder; a name taken there gets a time prefix. */
    private static Path moveWithSidecar(Path file, Path into) throws IOException {
        Path target = into.resolve(file.getFileName());
        if (Files.exists(target)) {
            target = into.resolve(Instant.now().toEpochMilli() + "-" + file.getFileName());
        }
        try {
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(file, target);
        }
        Path sidecar = sidecar(file);
        if (Files.exists(sidecar)) {
            Files.move(sidecar, target.resolveSibling(stem(target) + SIDECAR), StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }
}
