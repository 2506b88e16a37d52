package piggyback.storage;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import piggyback.testing.TestInfrastructure;

/** Wires every storage test to the shared test database and store. */
@StorageTest
public abstract class StorageTestBase {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }
}
