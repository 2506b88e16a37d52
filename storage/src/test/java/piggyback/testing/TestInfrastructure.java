package piggyback.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.test.context.DynamicPropertyRegistry;

import piggyback.storage.media.EmbeddedS3;

/**
 * The real parts the tests run on: a fresh database on the local MariaDB (127.0.0.1:3306 unless
 * {@code PIGGYBACK_TEST_DB_HOST} says otherwise), created for this JVM and dropped when it exits,
 * an S3Proxy server in this JVM on a temporary folder, and fake OpenAI, Anthropic and Gemini servers on 127.0.0.1.
 */
public final class TestInfrastructure {

    private static final String HOST = env("PIGGYBACK_TEST_DB_HOST", "127.0.0.1:3306");
    private static final String USER = env("PIGGYBACK_TEST_DB_USER", "root");
    private static final String PASSWORD = env("PIGGYBACK_TEST_DB_PASSWORD", "");

    private static TestInfrastructure shared;

    private final String database;
    private final Path s3Folder;
    private final EmbeddedS3 s3;
    private final FakeOpenAi openAi;
    private final FakeOpenAi anthropic;
    private final FakeOpenAi gemini;

    private TestInfrastructure() throws Exception {
        database = "pb_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        s3Folder = Files.createTempDirectory("pb-s3-");
        s3 = EmbeddedS3.start(s3Folder, "test-access", "test-secret-key");
        openAi = FakeOpenAi.start();
        anthropic = FakeOpenAi.start();
        gemini = FakeOpenAi.start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::tearDown));
    }

    /** The infrastructure of this JVM, started on first use. */
    public static synchronized TestInfrastructure shared() {
        if (shared == null) {
            try {
                shared = new TestInfrastructure();
            } catch (Exception e) {
                throw new IllegalStateException("cannot start the test infrastructure (is MariaDB running on "
                        + HOST + "? ops/test starts it)", e);
            }
        }
        return shared;
    }

    /** Points a Spring test context at this database and store. */
    public static void register(DynamicPropertyRegistry registry) {
        shared().properties().forEach((name, value) -> registry.add(name, () -> value));
    }

    /**
     * The settings that point an application at this database, store and fake OpenAI server, for
     * test contexts and for the other application instances and processes some tests start.
     */
    public Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", jdbcUrl());
        properties.put("spring.datasource.username", USER);
        properties.put("spring.datasource.password", PASSWORD);
        properties.put("piggyback.s3.endpoint", s3.endpoint());
        properties.put("piggyback.s3.access-key", s3.accessKey());
        properties.put("piggyback.s3.secret-key", s3.secretKey());
        properties.put("piggyback.security.code-secret", "test-code-secret");
        // Spring AI talks to the fake server; which provider the ports use is each test
        // context's choice (piggyback.ai.provider, e.g. in @TestPropertySource)
        // the OpenAI SDK under Spring AI 2 appends paths such as /audio/speech to the base URL
        // (a test may point them elsewhere through the piggyback.test.openai-* placeholders: a dynamic
        // property of its own would not win over these)
        properties.put("spring.ai.openai.base-url", "${piggyback.test.openai-base-url:" + openAi.baseUrl() + "/v1}");
        properties.put("spring.ai.openai.api-key", "${piggyback.test.openai-api-key:test-key}");
        properties.put("piggyback.ai.anthropic.base-url", anthropic.baseUrl());
        properties.put("piggyback.ai.anthropic.api-key", "test-anthropic-key");
        properties.put("piggyback.ai.gemini.base-url", gemini.baseUrl());
        properties.put("piggyback.ai.gemini.api-key", "test-gemini-key");
        return properties;
    }

    /** {@link #properties()} as command-line arguments ({@code --name=value}). */
    public List<String> arguments() {
        return properties().entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toList();
    }

    /** The fake OpenAI-compatible server every test context points Spring AI at. */
    public FakeOpenAi openAi() {
        return openAi;
    }

    /** The fake Anthropic Messages server ({@link AnthropicReplies}). */
    public FakeOpenAi anthropic() {
        return anthropic;
    }

    /** The fake Gemini generateContent server ({@link GeminiReplies}). */
    public FakeOpenAi gemini() {
        return gemini;
    }

    public String jdbcUrl() {
        return "jdbc:mysql://" + HOST + "/" + database + "?useUnicode=true&characterEncoding=utf8";
    }

    public String database() {
        return database;
    }

    public EmbeddedS3 s3() {
        return s3;
    }

    private void tearDown() {
        try {
            execute("DROP DATABASE IF EXISTS " + database);
        } catch (SQLException ignored) {
            // the JVM is exiting; a leftover pb_test_ database is harmless
        }
        s3.close();
        openAi.close();
        anthropic.close();
        gemini.close();
        try (Stream<Path> files = Files.walk(s3Folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (Exception ignored) {
            // temporary folder; the OS cleans it eventually
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:mysql://" + HOST + "/", USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
