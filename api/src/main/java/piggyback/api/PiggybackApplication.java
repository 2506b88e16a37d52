package piggyback.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

import piggyback.batch.BatchJobsConfiguration;
import piggyback.storage.StorageConfiguration;

/** The Piggyback Learning server: the API, its pages and the media pipeline in one process. */
@SpringBootApplication
@Import({StorageConfiguration.class, BatchJobsConfiguration.class})
public class PiggybackApplication {

    public static void main(String[] args) {
        SpringApplication.run(PiggybackApplication.class, args);
    }
}
