package piggyback.ops;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;

import piggyback.api.PiggybackApplication;

/**
 * The quick start ({@code ops/run}): the whole application in one process with nothing installed
 * beforehand. It always uses its own embedded MariaDB and S3 server, keeping their data under
 * {@code ./data} of the working folder, whatever SPRING_DATASOURCE_* or PIGGYBACK_S3_* say (set
 * as system properties, which Spring ranks above the environment; only command-line arguments
 * such as {@code --spring.datasource.url=...} rank higher). To run against a real database and
 * store, run {@code api}'s {@code PiggybackApplication} instead.
 *
 * <p>Environment it reads: ADMIN_PASSWORD and PIGGYBACK_CODE_SECRET (else made once and kept in
 * {@code data/}), PORT (the web port, 8080 by default), PIGGYBACK_QUICKSTART_DB_PORT (the
 * embedded MariaDB's port; by default 3307 if free, else any free port).
 */
public final class QuickStart {

    private QuickStart() {
    }

    public static void main(String[] args) {
        Path data = Path.of("data").toAbsolutePath();
        quietStartupLogging();
        LocalSecret adminPassword = LocalSecret.resolve("ADMIN_PASSWORD", data.resolve("admin-password.txt"), 12);
        LocalSecret codeSecret = LocalSecret.resolve("PIGGYBACK_CODE_SECRET", data.resolve("code-secret.txt"), 32);

        System.out.println("Quick start: starting the embedded MariaDB and S3 server in " + data
                + (Files.isDirectory(data.resolve("mariadb-server")) ? ""
                        : " (first start: unpacking about 350 MB of MariaDB into data/mariadb-server)"));
        long started = System.nanoTime();
        // the embedded S3 server lives as long as this process: fresh keys each start are enough
        EmbeddedStack stack;
        try {
            stack = EmbeddedStack.start(data, databasePort(), "quickstart", randomHex(20));
        } catch (RuntimeException e) {
            System.err.println("Quick start: " + e.getMessage());
            System.exit(1);
            return;
        }
        System.out.printf("Quick start: MariaDB on 127.0.0.1:%d and S3 on %s ready in %.1f s%n",
                stack.dbPort(), stack.s3().endpoint(), (System.nanoTime() - started) / 1e9);

        AtomicReference<ConfigurableApplicationContext> context = new AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(context.get(), stack), "quickstart-stop"));

        pointApplicationAt(stack, adminPassword.value(), codeSecret.value());
        SpringApplication application = new SpringApplication(PiggybackApplication.class);
        // this class's hook closes the application itself, before the servers it runs on
        application.setRegisterShutdownHook(false);
        application.setDefaultProperties(Map.of(
                "logging.level.ch.vorburger", "warn",
                "logging.level.org.gaul", "warn",
                // the watched inbox: video files dropped here are ingested (PIGGYBACK_INGEST_INBOX overrides)
                "piggyback.ingest.inbox", data.resolve("inbox").toString()));
        try {
            context.set(application.run(args));
        } catch (RuntimeException e) {
            // Spring Boot has already logged why; the hook stops the servers
            System.err.println("Quick start: the application did not start: " + e.getMessage());
            System.exit(1);
        }
        // benchmarks turn the sample off, so its ingest does not compete with what they measure
        boolean withSample = context.get().getEnvironment().getProperty("piggyback.quickstart.sample", Boolean.class, true);
        long sample = withSample ? SampleVideo.ingestOnFirstRun(context.get()) : -1;
        printBanner(context.get(), data, stack, adminPassword);
        if (sample >= 0) {
            System.out.println("Quick start: ingesting the sample video '" + SampleVideo.TITLE + "' (run " + sample
                    + "); follow it at /api/admin/jobs/" + sample + " as admin");
        }
    }

    /** System properties: above the environment and application.yml (see the class comment). */
    private static void pointApplicationAt(EmbeddedStack stack, String adminPassword, String codeSecret) {
        System.setProperty("spring.datasource.url", stack.jdbcUrl());
        System.setProperty("spring.datasource.username", EmbeddedStack.DB_USER);
        System.setProperty("spring.datasource.password", EmbeddedStack.DB_PASSWORD);
        System.setProperty("piggyback.s3.endpoint", stack.s3().endpoint());
        System.setProperty("piggyback.s3.access-key", stack.s3().accessKey());
        System.setProperty("piggyback.s3.secret-key", stack.s3().secretKey());
        System.setProperty("piggyback.admin-password", adminPassword);
        System.setProperty("piggyback.security.code-secret", codeSecret);
    }

    private static void printBanner(ConfigurableApplicationContext context, Path data, EmbeddedStack stack,
            LocalSecret adminPassword) {
        String port = context.getEnvironment().getProperty("local.server.port",
                context.getEnvironment().getProperty("server.port", "8080"));
        String password = adminPassword.source().startsWith("from ")
                ? "(" + adminPassword.source() + ")"
                : adminPassword.value() + "   (" + adminPassword.source() + ")";
        String line = "=".repeat(72);
        System.out.println();
        System.out.println(line);
        System.out.println("  Piggyback Learning is running (quick start)");
        System.out.println();
        System.out.println("  Open            http://localhost:" + port + "/  (every page, and the API document)");
        System.out.println("  Children        http://localhost:" + port + "/play  (a parent's access code)");
        System.out.println("  Parents         http://localhost:" + port + "/parents");
        System.out.println("  Expert review   http://localhost:" + port + "/expert/");
        System.out.println("  Health          http://localhost:" + port + "/actuator/health");
        System.out.println("  Admin console   http://localhost:" + port + "/admin/  (accounts, videos, assignments)");
        System.out.println("  Job dashboard   http://localhost:" + port + "/ops/jobs  (runs, schedules; metrics at"
                + " /actuator/prometheus)");
        System.out.println("  Admin password  " + password);
        System.out.println("  Data            " + data);
        System.out.println("                  database in mariadb/, media in s3/; delete the folder to start over");
        System.out.println("  Database        " + stack.jdbcUrl() + " (user root, no password)");
        System.out.println("  Inbox           " + context.getEnvironment().getProperty("piggyback.ingest.inbox")
                + "  (drop video files here: each is ingested once)");
        System.out.println("  Stop            Ctrl-C");
        System.out.println(line);
        System.out.println();
    }

    /** The application first (it still writes to both servers while closing), then the servers. */
    private static void stop(ConfigurableApplicationContext context, EmbeddedStack stack) {
        System.out.println("Quick start: stopping");
        try {
            if (context != null) {
                context.close();
            }
        } finally {
            stack.close();
        }
        System.out.println("Quick start: stopped; data kept");
    }

    private static int databasePort() {
        String value = System.getenv("PIGGYBACK_QUICKSTART_DB_PORT");
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PIGGYBACK_QUICKSTART_DB_PORT is not a port number: " + value);
        }
    }

    /**
     * Until Spring Boot sets up logging, Logback's default prints everything at DEBUG, including
     * each line MariaDB writes while starting; its errors still reach the exception message.
     */
    private static void quietStartupLogging() {
        LoggingSystem logging = LoggingSystem.get(QuickStart.class.getClassLoader());
        logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.INFO);
        logging.setLogLevel("ch.vorburger", LogLevel.WARN);
        logging.setLogLevel("org.gaul", LogLevel.WARN); // S3Proxy and the Jetty inside it
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
