package piggyback.storage;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots only the data layer (and Flyway) for the storage tests. */
@SpringBootApplication
class StorageTestApplication {
}
