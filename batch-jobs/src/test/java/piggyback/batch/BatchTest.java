package piggyback.batch;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import piggyback.testing.TestInfrastructure;

/**
 * A pipeline test on the real MariaDB database, S3 server and fake OpenAI server of
 * {@link TestInfrastructure}, with the offline providers unless a test class says otherwise.
 */
@SpringBootTest(classes = BatchTestApplication.class)
public abstract class BatchTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }
}
