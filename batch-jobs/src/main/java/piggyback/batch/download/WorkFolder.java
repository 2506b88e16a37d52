package piggyback.batch.download;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A temporary folder for one download, deleted with everything in it when closed. */
public final class WorkFolder implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WorkFolder.class);

    private final Path path;

    private WorkFolder(Path path) {
        this.path = path;
    }

    public static WorkFolder create(String prefix) throws IOException {
        return new WorkFolder(Files.createTempDirectory(prefix));
    }

    public Path path() {
        return path;
    }

    @Override
    public void close() {
        try (Stream<Path> paths = Files.walk(path)) {
            paths.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            log.warn("cannot delete the work folder {}", path, e);
        }
    }
}
