package piggyback.batch;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import piggyback.testing.TestInfrastructure;

/** A batch test on the real MariaDB database and S3 server of {@link TestInfrastructure}; one context for all. */
@SpringBootTest(classes = BatchTestApplication.class)
public abstract class BatchTestBase {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }
}
