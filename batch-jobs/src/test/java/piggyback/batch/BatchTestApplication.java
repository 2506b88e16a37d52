package piggyback.batch;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

import piggyback.storage.StorageConfiguration;

/** Boots the data layer and the pipeline (Spring Batch on the JDBC job repository) for the batch tests. */
@SpringBootApplication
@Import(StorageConfiguration.class)
public class BatchTestApplication {
}
