package piggyback.batch;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import piggyback.testing.TestInfrastructure;

/**
 * A pipeline test on the real MariaDB database, S3 server and fake OpenAI server of
 * {@link TestInfrastructure}, with the offline providers unless a test class says otherwise.
 */
@SpringBootTest(classes = BatchTestApplication.class)
public abstract class BatchTest {

    /**
     * The tag of the tests that start other pipeline processes on their database (killed ones,
     * Quartz nodes, workers): each runs in a JVM, and so a database, of its own (batch-jobs pom),
     * so that what those processes leave behind cannot reach other tests.
     */
    public static final String OWN_JVM = "own-jvm";

    @Autowired
    protected JdbcClient jdbc;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    protected int count(String sql, Object... parameters) {
        return jdbc.sql(sql).params(parameters).query(Integer.class).single();
    }
}
